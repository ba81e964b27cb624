package com.insightiq.nlq.control;

import java.util.List;

/** Tables and columns of the schemas the NLQ tests write for themselves, with what the catalog would know of them. */
final class TestSchema {
    private TestSchema() {
    }

    static SchemaLexicon.Table table(long id, String name, long rows) {
        return new SchemaLexicon.Table(id, "public", name, null, null, rows);
    }

    /** {@code distinct}: the distinct values the catalog's sample saw; {@code values}: its value index. */
    static SchemaLexicon.Column col(long id, long table, String name, int type, boolean key, Long fk, int distinct,
            List<String> values) {
        return new SchemaLexicon.Column(id, table, name, null, null, null, type, "x", key, fk, distinct, values);
    }

    /** A column that is neither a key nor a reference. */
    static SchemaLexicon.Column col(long id, long table, String name, int type, int distinct, List<String> values) {
        return col(id, table, name, type, false, null, distinct, values);
    }
}
