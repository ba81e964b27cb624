package com.insightiq.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct access to the test domain's PostgreSQL, to check what the API wrote and where. */
public final class Database {
    private Database() {
    }

    public static Connection connect() throws Exception {
        String password = Files.readString(Path.of(System.getProperty("it.home"), "postgres-password")).trim();
        return DriverManager.getConnection(System.getProperty("it.db.url"), "insightiq", password);
    }

    public static long count(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new AssertionError("Query failed: " + sql + ": " + e, e);
        }
    }

    public static void execute(String sql) {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (Exception e) {
            throw new AssertionError("Statement failed: " + sql + ": " + e, e);
        }
    }

    /** Runs a statement in another database of the same server, as the superuser. */
    public static void executeIn(String database, String sql) {
        String url = System.getProperty("it.db.url").replaceAll("/[^/?]+(\\?.*)?$", "/" + database);
        try (Connection c = DriverManager.getConnection(url, "insightiq", password()); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (Exception e) {
            throw new AssertionError("Statement failed in " + database + ": " + sql + ": " + e, e);
        }
    }

    public static String password() {
        try {
            return Files.readString(Path.of(System.getProperty("it.home"), "postgres-password")).trim();
        } catch (java.io.IOException e) {
            throw new AssertionError("No database password file", e);
        }
    }

    public static boolean schemaExists(String schema) {
        return count("SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?", schema) > 0;
    }

    public static boolean tenantRowExists(String slug) {
        return count("SELECT count(*) FROM control.tenant WHERE slug = ?", slug) > 0;
    }

    public static String fingerprint() {
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM control.tenant) || '/' "
                     + "|| (SELECT count(*) FROM control.app_user) || '/' || (SELECT count(*) FROM control.membership) "
                     + "|| '/' || (SELECT count(*) FROM information_schema.schemata WHERE schema_name LIKE 'tenant\\_%')")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
