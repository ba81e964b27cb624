package com.insightiq.nlq.control;

/**
 * Reads a {@link SchemaLexicon} for one data source of the current tenant from the catalog (visible tables and
 * columns, foreign keys, field values), the tenant's NLQ synonyms for that source and its glossary. CONTRACT STUB.
 */
public class LexiconSource {

    public SchemaLexicon load(long dataSourceId) {
        throw new UnsupportedOperationException("not yet");
    }
}
