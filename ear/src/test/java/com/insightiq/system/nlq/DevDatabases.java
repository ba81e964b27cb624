package com.insightiq.system.nlq;

import com.insightiq.system.Database;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Loads every {@code databases/<db>.sql} of a development set into the test run's PostgreSQL as {@code nlqdev_<db>},
 * with the read-only login {@code nlqdev_eval} the scorer and the data sources use — what the set's {@code load.sh}
 * does, over JDBC so that no psql is needed. A file with psql meta-commands or {@code COPY … FROM stdin} cannot go
 * over JDBC: then {@code load.sh} itself runs against the same server (needs psql).
 */
final class DevDatabases {
    static final String PREFIX = "nlqdev_";
    static final String ROLE = "nlqdev_eval";
    static final String PASSWORD = "nlqdev_eval";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern PSQL_ONLY = Pattern.compile("(?im)^\\s*\\\\|\\bFROM\\s+stdin\\b");

    private final DevSet set;
    private final URI server;

    DevDatabases(DevSet set) {
        this.set = set;
        this.server = URI.create(System.getProperty("it.db.url").substring(5));
    }

    String host() {
        return server.getHost();
    }

    int port() {
        return server.getPort();
    }

    /** libpq conninfo of the scorer's role; the scorer adds the database per question. */
    String scorerConninfo() {
        return "host=" + host() + " port=" + port() + " user=" + ROLE + " password=" + PASSWORD;
    }

    /** (Re)creates all databases; returns how they were loaded ("JDBC" or "load.sh"). */
    String load() throws Exception {
        List<String> names = set.databases();
        for (String name : names) {
            if (!NAME.matcher(name).matches()) {
                throw new AssertionError("databases/" + name + ".sql: the name must be a plain lower-case identifier");
            }
        }
        boolean jdbc = true;
        for (String name : names) {
            if (PSQL_ONLY.matcher(sql(name)).find()) {
                jdbc = false;
            }
        }
        if (!jdbc) {
            runLoadScript();
            return "load.sh (psql)";
        }
        execute("postgres", "DO $$BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + ROLE + "') THEN "
                + "CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + PASSWORD + "'; END IF; END$$");
        for (String name : names) {
            String db = PREFIX + name;
            execute("postgres", "DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            execute("postgres", "CREATE DATABASE " + db);
            execute(db, sql(name));
            execute(db, "REVOKE CREATE ON SCHEMA public FROM PUBLIC;"
                    + "GRANT CONNECT ON DATABASE " + db + " TO " + ROLE + ";"
                    + "DO $$DECLARE s text; BEGIN FOR s IN SELECT nspname FROM pg_namespace"
                    + " WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP"
                    + " EXECUTE format('GRANT USAGE ON SCHEMA %I TO " + ROLE + "', s);"
                    + " EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO " + ROLE + "', s);"
                    + " END LOOP; END$$;"
                    + "ALTER ROLE " + ROLE + " IN DATABASE " + db + " SET default_transaction_read_only = on;"
                    + "ANALYZE");
        }
        return "JDBC";
    }

    private String sql(String name) throws IOException {
        return Files.readString(set.dir().resolve("databases").resolve(name + ".sql"));
    }

    private void execute(String database, String sql) throws SQLException {
        String url = System.getProperty("it.db.url").replaceAll("/[^/?]+(\\?.*)?$", "/" + database);
        try (Connection c = DriverManager.getConnection(url, "insightiq", Database.password());
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new SQLException("Loading into " + database + " failed: " + e.getMessage(), e);
        }
    }

    private void runLoadScript() throws Exception {
        Path script = set.script("load.sh");
        if (!Files.exists(script) || !Tools.onPath("psql")) {
            throw new AssertionError("The SQL files of " + set.dir() + " hold psql meta-commands or COPY FROM stdin,"
                    + " so they need load.sh and psql on the PATH (apt-get install postgresql-client)");
        }
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString()).directory(set.dir().toFile())
                .redirectErrorStream(true);
        pb.environment().put("PGHOST", host());
        pb.environment().put("PGPORT", Integer.toString(port()));
        pb.environment().put("PGUSER", "insightiq");
        pb.environment().put("PGPASSWORD", Database.password());
        pb.environment().put("EVAL_ROLE", ROLE);
        pb.environment().put("EVAL_PASSWORD", PASSWORD);
        Process process = pb.start();
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new AssertionError("load.sh failed:\n" + out);
        }
    }
}
