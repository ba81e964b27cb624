package com.insightiq.system.query;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A database and login of their own on the machine's MariaDB (INSIGHTIQ_TEST_MARIADB_URL, _USER, _PASSWORD, as
 * .ci/run sets them). The login has every privilege on its database, so only the read-only session can stop a write.
 * Without the variable the local default is tried and the test is skipped when nothing answers; with it, a server
 * that cannot be used fails the test, so CI never skips silently.
 */
final class MariaDbSource implements QuerySource {
    private static final String DEFAULT_URL = "jdbc:mariadb://127.0.0.1:3306/";

    private final String database;
    private final String user;
    private final String password;

    private MariaDbSource(String database, String user, String password) {
        this.database = database;
        this.user = user;
        this.password = password;
    }

    /** Skips (or fails, when CI asked for MariaDB) the calling test class when the server cannot be used. */
    static void requireServer() {
        try (Connection ignored = admin("")) {
            return;
        } catch (SQLException | RuntimeException e) {
            String configured = System.getenv("INSIGHTIQ_TEST_MARIADB_URL");
            if (configured != null && !configured.isBlank()) {
                fail("INSIGHTIQ_TEST_MARIADB_URL=" + configured + " is set but the server cannot be used: " + e, e);
            }
            Assumptions.abort("No MariaDB at " + DEFAULT_URL + " (" + e.getMessage() + "); set "
                    + "INSIGHTIQ_TEST_MARIADB_URL (and _USER, _PASSWORD) to run the MariaDB query tests.");
        }
    }

    static MariaDbSource create(String prefix) {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        MariaDbSource source = new MariaDbSource(prefix + "_" + id, prefix + "_" + id, "Pw-" + UUID.randomUUID());
        try (Connection c = admin(""); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE `" + source.database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            st.execute("CREATE USER '" + source.user + "'@'%' IDENTIFIED BY '" + source.password + "'");
            st.execute("GRANT ALL PRIVILEGES ON `" + source.database + "`.* TO '" + source.user + "'@'%'");
        } catch (SQLException e) {
            throw new AssertionError("Cannot create the MariaDB fixture: " + e, e);
        }
        return source;
    }

    String database() {
        return database;
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public JsonObjectBuilder body(String name) {
        URI server = server();
        return Json.createObjectBuilder().add("name", name).add("engine", "mysql").add("host", server.getHost())
                .add("port", server.getPort() < 0 ? 3306 : server.getPort()).add("database", database)
                .add("username", user).add("password", password).add("sslMode", "disable");
    }

    /** As the administrator, in the fixture database. */
    @Override
    public Connection connect() throws SQLException {
        return admin(database);
    }

    /** As the data source's own login, e.g. to be the session a query tries to kill. */
    Connection connectAsLogin() throws SQLException {
        URI server = server();
        return DriverManager.getConnection("jdbc:mariadb://" + server.getHost() + ":"
                + (server.getPort() < 0 ? 3306 : server.getPort()) + "/" + database, user, password);
    }

    @Override
    public long running(String marker) {
        try (Connection c = admin(""); PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM "
                + "information_schema.processlist WHERE command IN ('Query', 'Execute') AND id <> CONNECTION_ID() "
                + "AND info LIKE ?")) {
            ps.setString(1, "%" + marker + "%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        try (Connection c = admin(""); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS `" + database + "`");
            st.execute("DROP USER IF EXISTS '" + user + "'@'%'");
        } catch (SQLException e) {
            throw new AssertionError("Cannot drop the MariaDB fixture: " + e, e);
        }
    }

    static Connection admin(String database) throws SQLException {
        URI server = server();
        Properties properties = new Properties();
        properties.setProperty("user", System.getenv().getOrDefault("INSIGHTIQ_TEST_MARIADB_USER", "root"));
        properties.setProperty("password", System.getenv().getOrDefault("INSIGHTIQ_TEST_MARIADB_PASSWORD", ""));
        properties.setProperty("connectTimeout", "5000");
        try {
            Class.forName("org.mariadb.jdbc.Driver");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("MariaDB Connector/J missing from the test classpath", e);
        }
        return DriverManager.getConnection("jdbc:mariadb://" + server.getHost() + ":"
                + (server.getPort() < 0 ? 3306 : server.getPort()) + "/" + database, properties);
    }

    private static URI server() {
        String url = System.getenv().getOrDefault("INSIGHTIQ_TEST_MARIADB_URL", "");
        return URI.create((url.isBlank() ? DEFAULT_URL : url).substring("jdbc:".length()));
    }
}
