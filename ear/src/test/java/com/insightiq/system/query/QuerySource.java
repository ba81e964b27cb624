package com.insightiq.system.query;

import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database a test owns and connects a tenant's data source to, reached directly as well: to build its tables, to
 * prove afterwards that nothing changed, and to see what the server is executing.
 */
interface QuerySource extends AutoCloseable {

    /** The body of {@code POST /datasources} for this database; read-only unless a test says otherwise. */
    JsonObjectBuilder body(String name);

    /** The login the data source uses. */
    String user();

    /** A connection into the database with full rights (the owner or an administrator). */
    Connection connect() throws SQLException;

    /** A connection for looking only, whose statements the source's statement log does not show. */
    default Connection inspect() throws SQLException {
        return connect();
    }

    /** How many statements containing {@code marker} the server is executing right now (other sessions only). */
    long running(String marker);

    @Override
    void close();

    default void execute(String... statements) {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new AssertionError("Fixture statement failed: " + e, e);
        }
    }

    /** Runs a statement with JDBC binds, as a test fills its tables. */
    default void update(String sql, Object... binds) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                ps.setObject(i + 1, binds[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError("Fixture statement failed: " + sql + ": " + e, e);
        }
    }

    /** The first column of the first row as text (null when there is no row). */
    default String scalar(String sql, Object... binds) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                ps.setObject(i + 1, binds[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new AssertionError("Fixture query failed: " + sql + ": " + e, e);
        }
    }
}
