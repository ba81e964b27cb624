package com.insightiq.viz.control;

import com.insightiq.query.control.ResultColumn;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a result column can be on a chart. Decided from the database type name; a type the lists do not know is
 * decided from the values, so a new engine's type names still chart sensibly.
 */
public enum ColumnKind {
    NUMBER, TIME, TEXT, BOOLEAN, OTHER;

    private static final Set<String> NUMBERS = Set.of("smallint", "integer", "int", "int2", "int4", "int8", "bigint",
            "tinyint", "mediumint", "serial", "bigserial", "numeric", "decimal", "number", "real", "float", "float4",
            "float8", "double", "double precision", "money", "smallmoney", "hugeint", "long");
    private static final Set<String> TIMES = Set.of("date", "timestamp", "timestamptz", "datetime", "datetime2",
            "smalldatetime", "datetimeoffset", "timestamp with time zone", "timestamp without time zone",
            "timestamp(3)", "timestamp(6)");
    private static final Set<String> TEXTS = Set.of("varchar", "text", "char", "bpchar", "nvarchar", "nchar",
            "character varying", "character", "string", "citext", "uuid", "name", "enum", "tinytext", "mediumtext",
            "longtext", "ntext");
    private static final Set<String> BOOLEANS = Set.of("bool", "boolean", "bit");
    /** Semantic types whose numbers are keys, not amounts: they never become a measure. */
    private static final Set<String> KEYS = Set.of("pk", "fk", "id");

    /** The kind of column {@code index}, from its type name or else from its first non-null values. */
    public static ColumnKind of(ResultColumn column, List<List<Object>> rows, int index) {
        String type = column.type() == null ? "" : column.type().toLowerCase(Locale.ROOT).trim();
        String base = type.replaceAll("\\(.*\\)", "").trim();
        if (NUMBERS.contains(base) || base.startsWith("decimal") || base.startsWith("numeric")) {
            return NUMBER;
        }
        if (TIMES.contains(base) || base.startsWith("timestamp")) {
            return TIME;
        }
        if (TEXTS.contains(base)) {
            return TEXT;
        }
        if (BOOLEANS.contains(base)) {
            return BOOLEAN;
        }
        return fromValues(rows, index);
    }

    /** True when the column's numbers are identifiers (primary or foreign keys) rather than amounts. */
    public static boolean isKey(ResultColumn column) {
        return column.semanticType() != null && KEYS.contains(column.semanticType().toLowerCase(Locale.ROOT));
    }

    private static ColumnKind fromValues(List<List<Object>> rows, int index) {
        for (int i = 0; i < rows.size() && i < 50; i++) {
            List<Object> row = rows.get(i);
            Object value = row == null || index >= row.size() ? null : row.get(index);
            if (value == null) {
                continue;
            }
            if (value instanceof Number) {
                return NUMBER;
            }
            if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof OffsetDateTime) {
                return TIME;
            }
            if (value instanceof Boolean) {
                return BOOLEAN;
            }
            return value instanceof String ? TEXT : OTHER;
        }
        return OTHER;
    }
}
