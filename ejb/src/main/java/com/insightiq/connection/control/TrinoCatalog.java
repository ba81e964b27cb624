package com.insightiq.connection.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trino's catalog from the session catalog's information_schema. Equality filters on schema and table are pushed down
 * to the connector, so describing one table does not list the catalog.
 */
final class TrinoCatalog {

    private static final String SCHEMAS = """
            SELECT schema_name FROM information_schema.schemata
            WHERE schema_name <> 'information_schema' ORDER BY schema_name""";

    private static final String TABLES = """
            SELECT table_name, table_type = 'VIEW' FROM information_schema.tables
            WHERE table_schema = ? ORDER BY table_name""";

    /** {@link CatalogRows}' shape, columns only; {table} is "= ?" or "IS NOT NULL" (the whole schema). */
    private static final String DESCRIBE = """
            SELECT table_name, 1, CAST(NULL AS varchar), ordinal_position, column_name, data_type, data_type, is_nullable = 'YES',
                   false, CAST(NULL AS varchar), CAST(NULL AS varchar), CAST(NULL AS varchar)
            FROM information_schema.columns WHERE table_schema = ? AND table_name {table}
            ORDER BY table_name, ordinal_position""";

    List<String> schemas(Connection connection) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(SCHEMAS); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                schemas.add(rows.getString(1));
            }
        }
        return schemas;
    }

    List<TableRef> tables(Connection connection, String schema) throws SQLException {
        List<TableRef> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(TABLES)) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(new TableRef(schema, rows.getString(1),
                            rows.getBoolean(2) ? TableRef.Kind.VIEW : TableRef.Kind.TABLE, -1));
                }
            }
        }
        return tables;
    }

    TableDescription describe(Connection connection, TableRef table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(DESCRIBE.replace("{table}", "= ?"))) {
            query.setString(1, table.schema());
            query.setString(2, table.name());
            return CatalogRows.describe(query, table, TrinoCatalog::jdbcType);
        }
    }

    List<TableDescription> describeSchema(Connection connection, String schema) throws SQLException {
        List<TableRef> tables = tables(connection, schema);
        try (PreparedStatement query = connection.prepareStatement(DESCRIBE.replace("{table}", "IS NOT NULL"))) {
            query.setString(1, schema);
            return CatalogRows.describeAll(query, tables, TrinoCatalog::jdbcType);
        }
    }

    /** From data_type such as "varchar(10)" or "timestamp(3) with time zone". */
    static int jdbcType(String dataType) {
        String type = dataType.toLowerCase(Locale.ROOT);
        boolean withZone = type.endsWith("with time zone");
        int end = 0;
        while (end < type.length() && (Character.isLetter(type.charAt(end)))) {
            end++;
        }
        return switch (type.substring(0, end)) {
            case "boolean" -> Types.BOOLEAN;
            case "tinyint" -> Types.TINYINT;
            case "smallint" -> Types.SMALLINT;
            case "integer" -> Types.INTEGER;
            case "bigint" -> Types.BIGINT;
            case "real" -> Types.REAL;
            case "double" -> Types.DOUBLE;
            case "decimal" -> Types.DECIMAL;
            case "char" -> Types.CHAR;
            case "varchar" -> Types.VARCHAR;
            case "varbinary" -> Types.VARBINARY;
            case "date" -> Types.DATE;
            case "time" -> withZone ? Types.TIME_WITH_TIMEZONE : Types.TIME;
            case "timestamp" -> withZone ? Types.TIMESTAMP_WITH_TIMEZONE : Types.TIMESTAMP;
            case "array" -> Types.ARRAY;
            case "map", "row" -> Types.JAVA_OBJECT;
            default -> Types.OTHER;
        };
    }
}
