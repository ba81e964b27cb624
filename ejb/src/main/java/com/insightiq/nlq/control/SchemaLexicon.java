package com.insightiq.nlq.control;

import com.insightiq.catalog.entity.SemanticType;
import com.insightiq.connection.entity.Engine;
import java.util.List;

/**
 * What the engine may know about one data source of one tenant: visible tables and columns with their display names
 * and descriptions, foreign keys (declared or overridden), the value index of low-cardinality text columns, the
 * tenant's synonyms for this source and its glossary. Built by {@link LexiconSource}; nothing of another tenant or
 * another data source is ever in it, which is what keeps linking tenant-isolated.
 */
public record SchemaLexicon(long dataSourceId, Engine engine, List<Table> tables, List<Column> columns,
        List<Synonym> synonyms, List<Term> glossary) {

    public SchemaLexicon {
        tables = List.copyOf(tables);
        columns = List.copyOf(columns);
        synonyms = List.copyOf(synonyms);
        glossary = List.copyOf(glossary);
    }

    public record Table(long id, String schema, String name, String displayName, String description,
            Long estimatedRows) {
    }

    /**
     * {@code fkTargetColumnId}: the column this one references (override wins over declared), null when none.
     * {@code values}: the distinct values from the catalog's value index, empty when the column has none.
     */
    public record Column(long id, long tableId, String name, String displayName, String description,
            SemanticType semanticType, int jdbcType, String databaseType, boolean primaryKey, Long fkTargetColumnId,
            Integer distinctCount, List<String> values) {
        public Column {
            values = values == null ? List.of() : List.copyOf(values);
        }
    }

    /** A tenant synonym: {@code kind} TABLE (tableId), COLUMN (columnId) or VALUE (columnId + value). */
    public record Synonym(String phrase, String phraseKey, String kind, Long tableId, Long columnId, String value) {
    }

    /** A glossary term with its synonyms; maps to a column, to an SQL expression, or only defines words. */
    public record Term(String term, List<String> synonyms, String definition, Long columnId, String expression) {
        public Term {
            synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
        }
    }

    public java.util.Optional<Table> table(long id) {
        return tables.stream().filter(t -> t.id() == id).findFirst();
    }

    public java.util.Optional<Column> column(long id) {
        return columns.stream().filter(c -> c.id() == id).findFirst();
    }

    public List<Column> columnsOf(long tableId) {
        return columns.stream().filter(c -> c.tableId() == tableId).toList();
    }
}
