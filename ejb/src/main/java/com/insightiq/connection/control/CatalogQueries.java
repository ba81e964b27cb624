package com.insightiq.connection.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Reading an engine's catalog with its own SQL: schema names; tables of a schema (name, is-view, row estimate); and
 * one describe statement, bound to one table (schema, name) or to a whole schema (schema). Engines whose catalogs
 * answer in this shape differ only in the SQL and in how their type names map to {@link java.sql.Types}.
 */
record CatalogQueries(String schemasSql, String tablesSql, String describeTableSql, String describeSchemaSql,
                      ToIntFunction<String> jdbcType) {

    List<String> schemas(Connection connection) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(schemasSql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                schemas.add(rows.getString(1));
            }
        }
        return schemas;
    }

    List<TableRef> tables(Connection connection, String schema) throws SQLException {
        List<TableRef> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(tablesSql)) {
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
        try (PreparedStatement query = connection.prepareStatement(describeTableSql)) {
            query.setString(1, table.schema());
            query.setString(2, table.name());
            return CatalogRows.describe(query, table, jdbcType);
        }
    }

    List<TableDescription> describeSchema(Connection connection, String schema) throws SQLException {
        List<TableRef> tables = tables(connection, schema);
        try (PreparedStatement query = connection.prepareStatement(describeSchemaSql)) {
            query.setString(1, schema);
            return CatalogRows.describeAll(query, tables, jdbcType);
        }
    }
}
