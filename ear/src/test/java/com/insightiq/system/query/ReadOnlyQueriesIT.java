package com.insightiq.system.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Writes through the editor on sources that do not allow them: every kind (DML, DDL, COPY, locking reads, functions
 * with side effects, writable CTEs, several statements, a user function that writes) is refused with 400 and a
 * sentence, and the database proves nothing changed. The login owns everything it could write, so only the engine's
 * checks and the read-only session stand in the way. Reads that merely look like writes still run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadOnlyQueriesIT {
    private static final String REFUSED = "not-read-only";
    private static final String[] SEVERAL = {"not-read-only", "invalid-input"};
    /** Passes the statement classifier; the database's read-only transaction must stop it. */
    private static final String[] DATABASE_GUARD = {"query-failed", "not-read-only"};


    @Test
    void postgresqlRefusesEveryWriteAndChangesNothing() throws Exception {
        try (PostgresSource db = PostgresSource.create("qro"); Connection victim = db.connect()) {
            db.execute("CREATE TABLE t (id integer PRIMARY KEY, v text NOT NULL)",
                    "INSERT INTO t SELECT g, 'row ' || g FROM generate_series(1, 5) g",
                    "CREATE SEQUENCE s", "SELECT nextval('s')",
                    "CREATE FUNCTION sneaky() RETURNS integer LANGUAGE plpgsql VOLATILE AS "
                            + "$$ BEGIN DELETE FROM t; RETURN 1; END $$",
                    "CREATE FUNCTION sneaky_sql() RETURNS integer LANGUAGE sql VOLATILE AS "
                            + "$$ INSERT INTO t VALUES (99, 'sneaky') RETURNING 1 $$",
                    "CREATE PROCEDURE wipe() LANGUAGE sql AS $$ DELETE FROM t $$");
            long victimPid = Long.parseLong(scalar(victim, "SELECT pg_backend_pid()"));
            QueryTenant tenant = QueryTenant.create("qropg");
            long source = tenant.addSource(db, "Read-only PostgreSQL");
            String before = postgresState(db);
            String file = "/tmp/insightiq-copy-" + UUID.randomUUID();

            Map<String, String[]> writes = new java.util.LinkedHashMap<>();
            for (String sql : List.of("INSERT INTO t VALUES (100, 'x')", "UPDATE t SET v = 'x'", "DELETE FROM t",
                    "MERGE INTO t USING (SELECT 1 AS id) s ON t.id = s.id WHEN MATCHED THEN DELETE", "TRUNCATE t",
                    "DROP TABLE t", "CREATE TABLE intruder (id integer)", "ALTER TABLE t ADD COLUMN w integer",
                    "CREATE INDEX ON t (v)", "COPY t TO STDOUT", "COPY t FROM STDIN", "COPY (SELECT 1) TO '" + file + "'",
                    "SELECT * FROM t FOR UPDATE", "SELECT * FROM t FOR SHARE", "SELECT * FROM t FOR NO KEY UPDATE",
                    "SELECT pg_terminate_backend(" + victimPid + ")", "SELECT pg_cancel_backend(" + victimPid + ")",
                    "SELECT set_config('default_transaction_read_only', 'off', false)",
                    "SELECT set_config('transaction_read_only', 'off', true)",
                    "WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d",
                    "WITH u AS (UPDATE t SET v = 'x' RETURNING 1) SELECT count(*) FROM u",
                    "WITH x AS (SELECT 1) INSERT INTO t SELECT 100, 'x'", "SELECT * INTO intruder FROM t",
                    "CREATE TABLE intruder AS SELECT * FROM t", "SET default_transaction_read_only = off",
                    "SET TRANSACTION READ WRITE", "BEGIN", "COMMIT", "DO $$ BEGIN DELETE FROM t; END $$", "CALL wipe()",
                    "LOCK TABLE t", "GRANT ALL ON t TO PUBLIC", "VACUUM t", "EXPLAIN ANALYZE DELETE FROM t",
                    "EXPLAIN (ANALYZE true) DELETE FROM t", "SELECT nextval('s')", "SELECT setval('s', 100)",
                    "SELECT pg_advisory_lock(42)", "SELECT pg_notify('channel', 'x')", "NOTIFY channel",
                    "LISTEN channel", "PREPARE p AS DELETE FROM t", "SELECT lo_import('/etc/hostname')",
                    "SELECT pg_read_file('/etc/hostname')", "/* just a comment */ DELETE FROM t",
                    "  \n\tdElEtE FROM t", "SELECT pg_reload_conf()")) {
                writes.put(sql, new String[] {REFUSED});
            }
            for (String sql : List.of("SELECT 1; DELETE FROM t", "SELECT 1; COMMIT; DELETE FROM t",
                    "SELECT 1 --\n; DELETE FROM t", "SELECT 1;; DROP TABLE t")) {
                writes.put(sql, SEVERAL);
            }
            for (String sql : List.of("SELECT sneaky()", "SELECT sneaky_sql()", "SELECT * FROM t WHERE sneaky() = 1",
                    "SELECT count(*) FROM t, LATERAL (SELECT sneaky()) s")) {
                writes.put(sql, DATABASE_GUARD);
            }
            List<String> problems = refuseAll(tenant.queries, source, writes);

            assertEquals(before, postgresState(db), "nothing changed in the database: " + problems);
            assertEquals("1", scalar(victim, "SELECT 1"), "the other session was not terminated");
            assertFalse(Files.exists(Path.of(file)), "COPY wrote no file");
            assertEquals("on", cell(tenant.queries.rows(source,
                    "SELECT current_setting('transaction_read_only') AS ro")),
                    "after every attempt, queries still run in a read-only transaction");
            problems.addAll(readsRun(tenant.queries, source, List.of("SELECT * FROM t ORDER BY id",
                    "WITH x AS (SELECT id FROM t) SELECT count(*) FROM x", "VALUES (1), (2)", "TABLE t",
                    "EXPLAIN SELECT * FROM t", "SELECT 'DELETE FROM t; DROP TABLE t' AS s", "SELECT 1 AS \"update\"",
                    "/* DELETE */ SELECT 1", "-- DROP TABLE t\nSELECT 1", "SELECT 1;", "SELECT pg_sleep(0)",
                    "select v from t where v like '%;%'")));
            assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
        }
    }

    @Test
    void mariadbRefusesEveryWriteAndChangesNothing() throws Exception {
        MariaDbSource.requireServer();
        try (MariaDbSource db = MariaDbSource.create("qro"); Connection victim = db.connectAsLogin()) {
            db.execute("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(50) NOT NULL)",
                    "INSERT INTO t SELECT seq, CONCAT('row ', seq) FROM seq_1_to_5", "CREATE SEQUENCE s",
                    "SELECT NEXTVAL(s)",
                    "CREATE FUNCTION sneaky() RETURNS INT MODIFIES SQL DATA BEGIN DELETE FROM t; RETURN 1; END",
                    "CREATE PROCEDURE wipe() BEGIN DELETE FROM t; END");
            String victimId = scalar(victim, "SELECT CONNECTION_ID()");
            QueryTenant tenant = QueryTenant.create("qromy");
            long source = tenant.addSource(db, "Read-only MariaDB");
            String before = mariaDbState(db);
            String file = "/tmp/insightiq-outfile-" + UUID.randomUUID();

            Map<String, String[]> writes = new java.util.LinkedHashMap<>();
            for (String sql : List.of("INSERT INTO t VALUES (100, 'x')", "REPLACE INTO t VALUES (1, 'x')",
                    "UPDATE t SET v = 'x'", "DELETE FROM t", "TRUNCATE t", "DROP TABLE t", "CREATE TABLE intruder (id INT)",
                    "CREATE TEMPORARY TABLE intruder (id INT)", "ALTER TABLE t ADD COLUMN w INT", "RENAME TABLE t TO t2",
                    "SELECT * FROM t FOR UPDATE", "SELECT * FROM t LOCK IN SHARE MODE",
                    "SELECT * FROM t INTO OUTFILE '" + file + "'", "SELECT v INTO @stolen FROM t LIMIT 1", "DO sneaky()",
                    "CALL wipe()", "SET SESSION TRANSACTION READ WRITE", "SET autocommit = 1",
                    "SELECT GET_LOCK('insightiq', 1)", "LOAD DATA LOCAL INFILE '/etc/hostname' INTO TABLE t",
                    "HANDLER t OPEN", "SELECT NEXTVAL(s)", "LOCK TABLES t WRITE", "KILL " + victimId,
                    "KILL QUERY " + victimId, "GRANT ALL ON *.* TO '" + db.user() + "'@'%'", "FLUSH TABLES",
                    "START TRANSACTION READ WRITE", "XA START 'x'", "INSERT INTO t SELECT 100, 'x'",
                    "/* just a comment */ DELETE FROM t", "  \n\tdElEtE FROM t")) {
                writes.put(sql, new String[] {REFUSED});
            }
            for (String sql : List.of("SELECT 1; DELETE FROM t", "SELECT 1 -- \n; DELETE FROM t")) {
                writes.put(sql, SEVERAL);
            }
            for (String sql : List.of("SELECT sneaky()", "SELECT * FROM t WHERE sneaky() = 1")) {
                writes.put(sql, DATABASE_GUARD);
            }
            List<String> problems = refuseAll(tenant.queries, source, writes);

            assertEquals(before, mariaDbState(db), "nothing changed in the database: " + problems);
            assertEquals("1", scalar(victim, "SELECT 1"), "the other session was not killed");
            assertFalse(Files.exists(Path.of(file)), "INTO OUTFILE wrote no file");
            assertEquals("1", cell(tenant.queries.rows(source, "SELECT @@session.tx_read_only AS ro")),
                    "after every attempt, the session is still read-only");
            problems.addAll(readsRun(tenant.queries, source, List.of("SELECT * FROM t ORDER BY id",
                    "WITH x AS (SELECT id FROM t) SELECT count(*) FROM x", "VALUES (1), (2)", "EXPLAIN SELECT * FROM t",
                    "SELECT 'DELETE FROM t; DROP TABLE t' AS s", "SELECT 1 AS `update`", "/* DELETE */ SELECT 1",
                    "SELECT 1;", "SELECT SLEEP(0)", "select v from t where v like '%;%'", "SELECT IS_FREE_LOCK('x')")));
            assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
        }
    }

    /** Sends each write; returns what was not refused as promised (400, one of the codes, a sentence). */
    private static List<String> refuseAll(QueryApi queries, long source, Map<String, String[]> writes) {
        List<String> problems = new ArrayList<>();
        writes.forEach((sql, codes) -> {
            Api.Reply reply = queries.run(source, sql);
            try {
                JsonObject error = QueryApi.error(reply, 400, codes);
                String message = error.getString("message").toLowerCase(Locale.ROOT);
                if (error.getString("error").equals("query-failed") && !message.contains("read-only")
                        && !message.contains("read only")) {
                    problems.add(sql + ": the database refused it, but the message does not say why (read-only): "
                            + reply);
                }
            } catch (AssertionError e) {
                problems.add(sql.replace("\n", "\\n") + ": " + e.getMessage());
            }
        });
        return problems;
    }

    private static List<String> readsRun(QueryApi queries, long source, List<String> reads) {
        List<String> problems = new ArrayList<>();
        for (String sql : reads) {
            Api.Reply reply = queries.run(source, sql);
            if (reply.status() != 200) {
                problems.add("a read was refused: " + sql.replace("\n", "\\n") + ": " + reply);
            }
        }
        return problems;
    }

    /** Rows, tables, columns, indexes, sequence position and advisory locks of the fixture database. */
    private static String postgresState(QuerySource db) {
        return state(db, "SELECT string_agg(id || ':' || v, ',' ORDER BY id) FROM t",
                "SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE schemaname = 'public'",
                "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public'",
                "SELECT count(*) FROM pg_indexes WHERE schemaname = 'public'",
                "SELECT last_value || '/' || is_called FROM s",
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'",
                "SELECT count(*) FROM pg_class WHERE relname = 'intruder'",
                "SELECT coalesce(array_to_string(relacl, ','), '') FROM pg_class WHERE relname = 't'");
    }

    private static String mariaDbState(MariaDbSource db) {
        return state(db, "SELECT GROUP_CONCAT(id, ':', v ORDER BY id) FROM t",
                "SELECT GROUP_CONCAT(table_name ORDER BY table_name) FROM information_schema.tables "
                        + "WHERE table_schema = DATABASE()",
                "SELECT count(*) FROM information_schema.columns WHERE table_schema = DATABASE()",
                "SELECT next_not_cached_value FROM s", "SELECT coalesce(IS_USED_LOCK('insightiq'), 'free')",
                "SELECT count(*) FROM information_schema.user_privileges WHERE grantee = '''" + db.user() + "''@''%'''",
                "SELECT count(*) FROM information_schema.schema_privileges WHERE grantee = '''" + db.user() + "''@''%'''");
    }

    private static String state(QuerySource db, String... queries) {
        StringBuilder state = new StringBuilder();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String sql : queries) {
                try (ResultSet rs = st.executeQuery(sql)) {
                    state.append(rs.next() ? rs.getString(1) : "-").append(" | ");
                }
            }
        } catch (SQLException e) {
            return "unreadable: " + e.getMessage();
        }
        return state.toString();
    }

    private static String scalar(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String cell(JsonObject result) {
        return result.getJsonArray("rows").getJsonArray(0).get(0).toString().replace("\"", "");
    }
}
