package com.insightiq.system.query;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile values in every kind of template variable (text, number, date, date range, lists, field filters, and the
 * variable names and aliases around them), on PostgreSQL and MariaDB: the data stays the same, each value comes back
 * as the value it was, and the server's own statement log shows that no request executed anything but the query a
 * harmless value executes — with the value bound, never spliced.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QueryInjectionIT {
    /** Names stored in table t: two of them are payloads, so a payload that is data must find its row. */
    private static final List<String> STORED = List.of("alpha", "beta", "'; DROP TABLE canary; --", "O'Brien",
            "😀 漢字 مرحبا'");
    private static final String MEGABYTE = "x'; DROP TABLE canary; --".repeat(40_000);


    static List<String> payloads() {
        return List.of("'", "''", "\\'", "' OR '1'='1", "alpha' OR 'a'='a", "1 OR 1=1", "'; DROP TABLE canary; --",
                "1; DROP TABLE canary", "alpha'; --", "alpha' /*", "*/ DROP TABLE canary; /*", "-- ",
                "$$; DROP TABLE canary; $$", "\\'; DROP TABLE canary; -- x", "\\\\'; DROP TABLE canary; #",
                "'); DROP TABLE canary; --", "' UNION SELECT version() --", "O'Brien", "{{v}}", "[[ OR 1=1 ]]",
                "{{snippet: evil}}", "\u02BC; DROP TABLE canary; --", "\uFF07; DROP TABLE canary; --",
                "\u202E'; DROP TABLE canary; --", "😀'; DROP TABLE canary; --", "a\u0000'; DROP TABLE canary; --",
                "\r\n'; DROP TABLE canary; --\n", "%' AND name LIKE '%", "?", "$1", MEGABYTE);
    }

    private enum Expect { ECHO, MATCH, MATCH_PLUS_ALPHA, REFUSED, ANY }

    /** One way a value reaches the SQL; {@code params} builds the request's parameters for a value. */
    private record Case(String kind, String sql, Function<String, JsonValue[]> params, Expect expect,
                        String benign) {
    }

    private static List<Case> cases(long nameColumn, long createdColumn) {
        String count = "SELECT count(*) AS matches FROM t WHERE ";
        return List.of(
                new Case("text echo", "SELECT {{v}} AS echoed", p -> one(QueryApi.text("v", p)), Expect.ECHO, null),
                new Case("text", count + "name = {{v}}", p -> one(QueryApi.text("v", p)), Expect.MATCH, null),
                new Case("optional text", count + "1 = 1 [[ AND name = {{v}} ]]", p -> one(QueryApi.text("v", p)),
                        Expect.MATCH, null),
                new Case("number", count + "amount = {{v}}", p -> one(QueryApi.param("v", "number",
                        Json.createValue(p))), Expect.REFUSED, "10"),
                new Case("date", count + "created = {{v}}", p -> one(QueryApi.param("v", "date", Json.createValue(p))),
                        Expect.REFUSED, "2024-01-01"),
                new Case("date range from", count + "created BETWEEN {{v}}", p -> one(QueryApi.param("v", "date-range",
                        QueryApi.range(p, "2024-12-31"))), Expect.REFUSED, "2024-01-01"),
                new Case("date range to", count + "created BETWEEN {{v}}", p -> one(QueryApi.param("v", "date-range",
                        QueryApi.range("2024-01-01", p))), Expect.REFUSED, "2024-12-31"),
                new Case("text list", count + "name IN ({{v}})", p -> one(QueryApi.param("v", "text-list",
                        QueryApi.strings(p, "alpha"))), Expect.MATCH_PLUS_ALPHA, null),
                new Case("number list", count + "id IN ({{v}})", p -> one(QueryApi.param("v", "number-list",
                        Json.createArrayBuilder().add(1).add(p).build())), Expect.REFUSED, "2"),
                new Case("field", count + "{{f}}", p -> one(QueryApi.field("f", nameColumn, Json.createValue(p), null)),
                        Expect.MATCH, null),
                new Case("field list", count + "{{f}}", p -> one(QueryApi.field("f", nameColumn,
                        QueryApi.strings(p, "alpha"), null)), Expect.MATCH_PLUS_ALPHA, null),
                new Case("field date range", count + "{{f}}", p -> one(QueryApi.field("f", createdColumn,
                        QueryApi.range(p, null), null)), Expect.REFUSED, "2024-01-01"),
                new Case("field alias", "SELECT count(*) AS matches FROM t x WHERE {{f}}", p -> one(QueryApi.field("f",
                        nameColumn, Json.createValue("alpha"), p)), Expect.ANY, "x"),
                new Case("variable name", "SELECT {{v}} AS echoed", p -> new JsonValue[] {QueryApi.text(p, "zzz"),
                        QueryApi.text("v", "alpha")}, Expect.ANY, "w"));
    }

    @Test
    void postgresqlBindsEveryValueAndRunsNothingElse() throws Exception {
        try (PostgresSource db = PostgresSource.create("qinj")) {
            PostgresStatementLog log = PostgresStatementLog.enable(db);
            fill(db, "CREATE TABLE t (id integer PRIMARY KEY, name varchar(100) NOT NULL, "
                    + "amount numeric(12,2) NOT NULL, created date NOT NULL)", "CREATE TABLE canary (id integer PRIMARY KEY)");
            QueryTenant tenant = QueryTenant.create("qinjpg");
            long source = tenant.addSource(db, "Injection target");
            // PostgreSQL text cannot hold NUL: refusing such a value (400) is right, running it is not needed.
            List<String> problems = corpus(tenant, source, db, log, true, false);
            assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
        }
    }

    @Test
    void mariadbKeepsEveryValueInsideItsLiteralAndRunsNothingElse() throws Exception {
        MariaDbSource.requireServer();
        try (MariaDbSource db = MariaDbSource.create("qinj")) {
            StringBuilder whyNot = new StringBuilder();
            Optional<MariaDbGeneralLog> generalLog = MariaDbGeneralLog.start(db.user(), whyNot);
            try {
                fill(db, "CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL, "
                        + "amount DECIMAL(12,2) NOT NULL, created DATE NOT NULL)", "CREATE TABLE canary (id INT PRIMARY KEY)");
                QueryTenant tenant = QueryTenant.create("qinjmy");
                long source = tenant.addSource(db, "Injection target");
                List<String> problems = corpus(tenant, source, db, generalLog.orElse(null), false, true);
                assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
            } finally {
                generalLog.ifPresent(MariaDbGeneralLog::close);
            }
            Assumptions.assumeTrue(generalLog.isPresent(), "Data checks passed; the statement-log check was skipped: "
                    + whyNot);
        }
    }

    /**
     * Runs every case with a harmless value (the baseline of statements), then with every payload; returns what went
     * wrong. {@code nulRefusable}: a value with NUL may be refused with 400; {@code literals}: the driver sends values
     * as escaped literals (MariaDB Connector/J), so a logged statement may differ from the baseline only inside them.
     */
    private static List<String> corpus(QueryTenant tenant, long source, QuerySource db, StatementLog log,
                                       boolean nulRefusable, boolean literals) {
        List<Case> cases = cases(tenant.columnId(source, "t", "name"), tenant.columnId(source, "t", "created"));
        QueryApi queries = tenant.queries;
        String before = fingerprint(db);
        List<String> problems = new ArrayList<>();
        String benign = "benign-" + UUID.randomUUID().toString().substring(0, 8);

        if (log != null) {
            log.mark();
        }
        for (Case c : cases) {
            Api.Reply reply = queries.post(QueryApi.body(source, c.sql(), c.params().apply(c.benign() == null ? benign
                    : c.benign())).build());
            if (reply.status() != 200 && !(c.expect() == Expect.ANY && reply.status() == 400)) {
                problems.add(c.kind() + " with the harmless value " + (c.benign() == null ? benign : c.benign())
                        + " must run: " + reply);
            }
        }
        List<String> baseline = log == null ? List.of() : log.sinceMark();
        if (log != null && baseline.stream().noneMatch(s -> s.contains("AS echoed")
                && (literals ? s.contains("'" + benign + "'") : s.contains("$1") && !s.contains(benign)))) {
            problems.add("the statement log does not show the harmless text query with its value "
                    + (literals ? "as a literal" : "as bind $1") + ": " + baseline);
        }

        if (log != null) {
            log.mark();
        }
        int ran = 0;
        for (String payload : payloads()) {
            for (Case c : cases) {
                Api.Reply reply = queries.post(QueryApi.body(source, c.sql(), c.params().apply(payload)).build());
                String problem = check(c, payload, reply, nulRefusable && payload.indexOf('\0') >= 0);
                if (problem != null) {
                    problems.add(c.kind() + " with " + shown(payload) + ": " + problem);
                }
                // Only values that change the binds make a new execution; the others may come from the cache.
                boolean bound = Set.of(Expect.ECHO, Expect.MATCH, Expect.MATCH_PLUS_ALPHA).contains(c.expect());
                ran += reply.status() == 200 && bound ? 1 : 0;
            }
            String after = fingerprint(db);
            if (!after.equals(before)) {
                problems.add("the data changed after " + shown(payload) + ": " + after);
                before = after;
            }
        }
        if (log != null) {
            List<String> executed = log.sinceMark();
            List<String[]> templates = literals ? templates(baseline, benign) : List.of();
            long queriesSeen = 0;
            for (String statement : executed) {
                boolean known = baseline.contains(statement) && !StatementLog.chore(statement)
                        || templates.stream().anyMatch(t -> SqlLiterals.matches(t, statement));
                queriesSeen += known ? 1 : 0;
                if (!known && !StatementLog.chore(statement)) {
                    problems.add("a statement no harmless value executes: " + shown(statement));
                }
            }
            if (queriesSeen < ran) {
                problems.add("the log shows " + queriesSeen + " queries for " + ran + " executed requests");
            }
        }
        return problems;
    }

    /** What the answer to one hostile request must be; null when it is right. */
    private static String check(Case c, String payload, Api.Reply reply, boolean mayRefuse) {
        if (reply.status() >= 500 || !reply.contentType().startsWith("application/json")) {
            return "answered " + shown(reply.toString());
        }
        if (reply.status() != 200) {
            try {
                QueryApi.error(reply, 400);
            } catch (AssertionError e) {
                return e.getMessage();
            }
            return c.expect() == Expect.REFUSED || c.expect() == Expect.ANY || mayRefuse ? null
                    : "refused a value that is only data: " + shown(reply.toString());
        }
        if (c.expect() == Expect.REFUSED) {
            return "ran a value that is not a " + c.kind() + ": " + shown(reply.toString());
        }
        JsonObject result = reply.json();
        if (!"completed".equals(result.getString("status", ""))) {
            return "not completed: " + shown(reply.toString());
        }
        JsonValue value = result.getJsonArray("rows").getJsonArray(0).get(0);
        long stored = STORED.contains(payload) ? 1 : 0;
        String expected = switch (c.expect()) {
            case ECHO -> Json.createValue(payload).toString();
            case MATCH -> Long.toString(stored);
            case MATCH_PLUS_ALPHA -> Long.toString(stored + 1);
            case ANY -> c.kind().equals("variable name") ? "\"alpha\"" : "1";
            case REFUSED -> throw new IllegalStateException();
        };
        return value.toString().equals(expected) ? null
                : "expected " + shown(expected) + " but got " + shown(value.toString());
    }

    /** The baseline statements that carry the harmless text value, cut around its literal. */
    private static List<String[]> templates(List<String> baseline, String benign) {
        String literal = "'" + benign + "'";
        String cut = java.util.regex.Pattern.quote(literal);
        return baseline.stream().filter(s -> s.contains(literal)).map(s -> s.split(cut, -1)).toList();
    }

    private static void fill(QuerySource db, String table, String canary) {
        db.execute(table, canary, "INSERT INTO canary VALUES (1)");
        for (int i = 0; i < STORED.size(); i++) {
            db.update("INSERT INTO t (id, name, amount, created) VALUES (?, ?, ?, ?)", i + 1, STORED.get(i),
                    BigDecimal.valueOf((i + 1) * 1000L, 2), LocalDate.of(2024, i + 1, 1));
        }
    }

    /** Every row of t and canary as text: equal before and after means nothing was written or dropped. */
    private static String fingerprint(QuerySource db) {
        StringBuilder rows = new StringBuilder();
        try (Connection c = db.inspect(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT id, name, amount, created FROM t ORDER BY id")) {
                while (rs.next()) {
                    rows.append(rs.getInt(1)).append('|').append(rs.getString(2)).append('|')
                            .append(rs.getBigDecimal(3)).append('|').append(rs.getString(4)).append('\n');
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM canary")) {
                rs.next();
                rows.append("canary ").append(rs.getLong(1));
            }
        } catch (SQLException e) {
            return "unreadable: " + e.getMessage();
        }
        return rows.toString();
    }

    private static JsonValue[] one(JsonObject parameter) {
        return new JsonValue[] {parameter};
    }

    private static String shown(String text) {
        String escaped = text.replace("\u0000", "\\0").replace("\r", "\\r").replace("\n", "\\n");
        return escaped.length() > 200 ? escaped.substring(0, 200) + "…(" + text.length() + " chars)" : escaped;
    }
}
