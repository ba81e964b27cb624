package com.insightiq.connection.control;

/**
 * One column as the engine describes it: {@code databaseType} is the engine's own type name (e.g. "varchar",
 * "timestamptz"), {@code jdbcType} the {@link java.sql.Types} constant, {@code position} 1-based.
 */
public record ColumnDescription(String name, int position, String databaseType, int jdbcType, boolean nullable,
                                boolean primaryKey) {
}
