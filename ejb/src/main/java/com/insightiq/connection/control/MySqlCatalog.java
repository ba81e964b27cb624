package com.insightiq.connection.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * MySQL/MariaDB's catalog from information_schema, always filtered by schema and table name so the server opens only
 * the table asked for. A schema is a database: only the connected one is listed, because a MySQL user often sees many
 * unrelated databases; a connection without a database lists all non-system ones.
 */
final class MySqlCatalog {

    private static final String CURRENT_DATABASE = "SELECT DATABASE()";

    private static final String SCHEMAS = """
            SELECT schema_name FROM information_schema.schemata
            WHERE schema_name NOT IN ('information_schema', 'mysql', 'performance_schema', 'sys')
            ORDER BY schema_name""";

    /** table_rows is InnoDB's estimate; sequences and temporary tables are left out. */
    private static final String TABLES = """
            SELECT table_name, table_type = 'VIEW', table_rows FROM information_schema.tables
            WHERE table_schema = ? AND table_type IN ('BASE TABLE', 'VIEW', 'SYSTEM VERSIONED')
            ORDER BY table_name""";

    /** {@link CatalogRows}' shape; {table} is either "= ?" (one table) or "IS NOT NULL" (the whole schema). */
    private static final String DESCRIBE = """
            SELECT c.table_name, 1 AS part, '' AS owner, c.ordinal_position AS position, c.column_name AS name,
                   c.data_type, c.column_type, c.is_nullable = 'YES', 0, NULL, NULL, NULL
            FROM information_schema.columns c WHERE c.table_schema = ? AND c.table_name {table}
            UNION ALL
            SELECT k.table_name, 2, k.constraint_name, k.ordinal_position, k.column_name, NULL, NULL, 0, 0,
                   k.referenced_table_schema, k.referenced_table_name, k.referenced_column_name
            FROM information_schema.key_column_usage k
            WHERE k.table_schema = ? AND k.table_name {table} AND k.referenced_table_name IS NOT NULL
            UNION ALL
            SELECT s.table_name, 3, s.index_name, s.seq_in_index, s.column_name, NULL, NULL, s.non_unique = 0,
                   s.index_name = 'PRIMARY', NULL, NULL, NULL
            FROM information_schema.statistics s WHERE s.table_schema = ? AND s.table_name {table}
            ORDER BY 1, 2, 3, 4""";

    List<String> schemas(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(CURRENT_DATABASE);
             ResultSet rows = query.executeQuery()) {
            if (rows.next() && rows.getString(1) != null) {
                return List.of(rows.getString(1));
            }
        }
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
                    boolean view = rows.getBoolean(2);
                    tables.add(new TableRef(schema, rows.getString(1), view ? TableRef.Kind.VIEW : TableRef.Kind.TABLE,
                            view ? -1 : CatalogRows.estimate(rows, 3)));
                }
            }
        }
        return tables;
    }

    TableDescription describe(Connection connection, TableRef table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(DESCRIBE.replace("{table}", "= ?"))) {
            for (int i = 1; i <= 6; i += 2) {
                query.setString(i, table.schema());
                query.setString(i + 1, table.name());
            }
            return CatalogRows.describe(query, table, MySqlCatalog::jdbcType);
        }
    }

    List<TableDescription> describeSchema(Connection connection, String schema) throws SQLException {
        List<TableRef> tables = tables(connection, schema);
        try (PreparedStatement query = connection.prepareStatement(DESCRIBE.replace("{table}", "IS NOT NULL"))) {
            for (int i = 1; i <= 3; i++) {
                query.setString(i, schema);
            }
            return CatalogRows.describeAll(query, tables, MySqlCatalog::jdbcType);
        }
    }

    /** From column_type, e.g. "int(11) unsigned"; tinyint(1) is how both engines store BOOLEAN. */
    static int jdbcType(String columnType) {
        String type = columnType.toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("tinyint(1)")) {
            return Types.BOOLEAN;
        }
        int end = 0;
        while (end < type.length() && Character.isLetter(type.charAt(end))) {
            end++;
        }
        return switch (type.substring(0, end)) {
            case "tinyint" -> Types.TINYINT;
            case "smallint", "year" -> Types.SMALLINT;
            case "mediumint", "int", "integer" -> Types.INTEGER;
            case "bigint" -> Types.BIGINT;
            case "decimal", "numeric" -> Types.DECIMAL;
            case "float" -> Types.REAL;
            case "double", "real" -> Types.DOUBLE;
            case "bit" -> Types.BIT;
            case "char", "enum", "set" -> Types.CHAR;
            case "varchar" -> Types.VARCHAR;
            case "tinytext", "text", "mediumtext", "longtext", "json" -> Types.LONGVARCHAR;
            case "date" -> Types.DATE;
            case "time" -> Types.TIME;
            case "datetime", "timestamp" -> Types.TIMESTAMP;
            case "binary" -> Types.BINARY;
            case "varbinary" -> Types.VARBINARY;
            case "tinyblob", "blob", "mediumblob", "longblob" -> Types.LONGVARBINARY;
            default -> Types.OTHER;
        };
    }
}
