package com.insightiq.system.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Missing, mistyped, malformed, unknown and oversized input to the query API, its settings and snippets: always a
 * 4xx JSON error with a sentence, never a 500, an HTML page or a stack trace.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QueryInputIT {
    private static QueryTenant tenant;
    private static PostgresSource db;
    private static long source;


    @BeforeAll
    static void tenantWithSource() throws InterruptedException {
        db = PostgresSource.create("qinput");
        tenant = QueryTenant.create("qinput");
        source = tenant.addSource(db, "Input");
    }

    @AfterAll
    static void dropSource() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void malformedMissingAndMistypedBodiesAre400() {
        String s = "\"sql\":\"SELECT {{v}} AS v\"";
        String id = "\"dataSourceId\":" + source;
        List<String> bodies = List.of("{", "{\"dataSourceId\": ", "", "null", "[]", "42", "\"SELECT 1\"", "{}",
                "{\"sql\":\"SELECT 1\"}", "{" + id + "}", "{" + id + ",\"sql\":\"\"}",
                "{" + id + ",\"sql\":\"  \\n \"}",
                "{\"dataSourceId\":\"x\",\"sql\":\"SELECT 1\"}",
                "{\"dataSourceId\":true,\"sql\":\"SELECT 1\"}", "{\"dataSourceId\":null,\"sql\":\"SELECT 1\"}",
                "{\"dataSourceId\":{\"id\":1},\"sql\":\"SELECT 1\"}",
                "{" + id + ",\"sql\":42}", "{" + id + ",\"sql\":{\"a\":1}}",
                "{" + id + ",\"sql\":\"SELECT 1\",\"unexpectedField\":1}",
                "{" + id + "," + s + ",\"parameters\":{}}", "{" + id + "," + s + ",\"parameters\":\"v\"}",
                "{" + id + "," + s + ",\"parameters\":42}", "{" + id + "," + s + ",\"parameters\":[1]}",
                "{" + id + "," + s + ",\"parameters\":[null]}", "{" + id + "," + s + ",\"parameters\":[{}]}",
                "{" + id + "," + s + ",\"parameters\":[{\"name\":\"v\"}]}",
                "{" + id + "," + s + ",\"parameters\":[{\"type\":\"text\",\"value\":\"a\"}]}",
                "{" + id + "," + s + ",\"parameters\":[{\"name\":\"v\",\"type\":\"regex\",\"value\":\"a\"}]}",
                "{" + id + "," + s + ",\"parameters\":[{\"name\":\"v\",\"type\":42,\"value\":\"a\"}]}",
                "{" + id + "," + s
                        + ",\"parameters\":[{\"name\":\"v\",\"type\":\"text\",\"value\":\"a\",\"extra\":1}]}",
                "{" + id + ",\"sql\":\"SELECT 1\",\"offset\":-1}", "{" + id + ",\"sql\":\"SELECT 1\",\"offset\":\"x\"}",
                "{" + id + ",\"sql\":\"SELECT 1\",\"limit\":0}", "{" + id + ",\"sql\":\"SELECT 1\",\"limit\":-5}",
                "{" + id + ",\"sql\":\"SELECT 1\",\"limit\":\"x\"}", "{" + id + ",\"sql\":\"SELECT 1\",\"wait\":\"x\"}",
                "{" + id + ",\"sql\":\"SELECT 1\",\"wait\":-1}");
        List<String> problems = new ArrayList<>();
        for (String body : bodies) {
            expect(problems, "POST " + body, tenant.queries.api().send("POST", tenant.queries.base() + "/queries",
                    body, "application/json"), 400);
        }
        expect(problems, "no body", tenant.queries.api().send("POST", tenant.queries.base() + "/queries", null,
                "application/json"), 400);
        expect(problems, "text/plain", tenant.queries.api().send("POST", tenant.queries.base() + "/queries",
                "{" + id + ",\"sql\":\"SELECT 1\"}", "text/plain"), 415);
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /**
     * JSON-B (Yasson) quietly turns 1.5 into 1, [1] into 1 and 42 into "42": a request must mean what it says, so such
     * values are refused like any other wrong type.
     */
    @Test
    void jsonValuesAreNotCoercedToAnotherType() {
        String id = "\"dataSourceId\":" + source;
        List<String> problems = new ArrayList<>();
        for (String body : List.of("{\"dataSourceId\":1.5,\"sql\":\"SELECT 1\"}",
                "{\"dataSourceId\":[1],\"sql\":\"SELECT 1\"}", "{" + id + ",\"sql\":[\"SELECT 1\"]}",
                "{" + id + ",\"sql\":\"SELECT 1\",\"limit\":1.5}",
                "{" + id + ",\"sql\":\"SELECT 1\",\"offset\":[0]}")) {
            expect(problems, "POST " + body, tenant.queries.api().send("POST", tenant.queries.base() + "/queries",
                    body, "application/json"), 400);
        }
        expect(problems, "snippet name 42", tenant.admin.post("/t/" + tenant.slug + "/api/v1/snippets",
                "{\"name\":42,\"content\":\"SELECT 1\",\"description\":\"\"}"), 400);
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void valuesOfTheWrongTypeNameTheVariable() {
        List<String> problems = new ArrayList<>();
        String sql = "SELECT count(*) AS n FROM (SELECT 1 AS one) x WHERE {{amount_limit}} IS NOT NULL";
        List<JsonObject> wrong = List.of(
                QueryApi.param("amount_limit", "number", Json.createValue("abc")),
                QueryApi.param("amount_limit", "number", Json.createValue("1; DROP TABLE t")),
                QueryApi.param("amount_limit", "number", Json.createArrayBuilder().add(1).build()),
                QueryApi.param("amount_limit", "number", Json.createObjectBuilder().add("a", 1).build()),
                QueryApi.param("amount_limit", "date", Json.createValue("2024-13-45")),
                QueryApi.param("amount_limit", "date", Json.createValue("yesterday")),
                QueryApi.param("amount_limit", "date", Json.createValue(20240101)),
                QueryApi.param("amount_limit", "date-range", Json.createValue("2024-01-01")),
                QueryApi.param("amount_limit", "date-range", QueryApi.range("someday", "2024-01-01")),
                QueryApi.param("amount_limit", "text-list", Json.createArrayBuilder().add("a")
                        .add(Json.createObjectBuilder().add("b", 1)).build()),
                QueryApi.param("amount_limit", "number-list", QueryApi.strings("a")),
                QueryApi.param("amount_limit", "number-list", Json.createArrayBuilder()
                        .add(Json.createArrayBuilder().add(1)).build()),
                QueryApi.param("amount_limit", "text", Json.createObjectBuilder().add("a", 1).build()),
                QueryApi.param("amount_limit", "field", Json.createValue("a")),
                QueryApi.field("amount_limit", 987_654_321L, Json.createValue("a"), null));
        for (JsonObject parameter : wrong) {
            Api.Reply reply = tenant.queries.run(source, sql, parameter);
            int[] allowed = parameter.containsKey("columnId") ? new int[] {400, 404} : new int[] {400};
            if (expect(problems, parameter.toString(), reply, java.util.Arrays.stream(allowed).boxed()
                    .toArray(Integer[]::new)) && !reply.json().getString("message").contains("amount_limit")) {
                problems.add(parameter + ": the message does not name the variable: " + reply);
            }
        }
        Api.Reply missing = tenant.queries.run(source, sql);
        if (expect(problems, "no value", missing, 400) && !missing.message().contains("amount_limit")) {
            problems.add("a missing value is not named: " + missing);
        }
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void templateAndSqlErrorsSayWhereAndWhat() {
        List<String> problems = new ArrayList<>();
        for (String sql : List.of("SELECT 1 WHERE true [[ AND [[ 1 = 1 ]] ]]", "SELECT {{snippet: no such snippet}}",
                "SELECT {{", "SELEC 1", "SELECT 1 AS x WHERE {{v}} = 1 [[")) {
            expect(problems, sql, tenant.queries.run(source, sql), 400);
        }
        Api.Reply wrong = tenant.queries.run(source, "SELECT 1\nFROM nowhere_table_" + UUID.randomUUID()
                .toString().substring(0, 6));
        if (expect(problems, "unknown table", wrong, 400)) {
            JsonObject error = wrong.json();
            assertEquals("query-failed", error.getString("error"), wrong::toString);
            assertTrue(error.getString("message").contains("nowhere_table_"), wrong::toString);
            assertEquals(2, error.getInt("line"), () -> "the error is on line 2: " + wrong);
            assertTrue(error.containsKey("position"), wrong::toString);
        }
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void oversizedSqlIsRefusedButLongSqlUnderTheLimitRuns() {
        String nearLimit = "SELECT 1 AS x /* " + "y".repeat(90_000) + " */";
        assertEquals(1, tenant.queries.rows(source, nearLimit).getJsonArray("rows").getJsonArray(0).getInt(0));
        for (int size : List.of(150_000, 1_000_000, 1_100_000)) {
            Api.Reply reply = tenant.queries.run(source, "SELECT 1 AS x /* " + "y".repeat(size) + " */");
            QueryApi.error(reply, 400);
        }
        Api.Reply huge = tenant.queries.api().sendExpectingContinue("POST", tenant.queries.base() + "/queries",
                QueryApi.body(source, "SELECT 1 AS x /* " + "y".repeat(4_300_000) + " */").build().toString());
        QueryApi.error(huge, 413);
    }

    @Test
    void unknownSourcesExecutionsAndTenantsAre404() {
        List<String> problems = new ArrayList<>();
        expect(problems, "unknown source", tenant.queries.run(987_654_321L, "SELECT 1"), 404);
        expect(problems, "negative source", tenant.queries.run(-1, "SELECT 1"), 400, 404);
        String unknown = UUID.randomUUID().toString();
        expect(problems, "unknown execution", tenant.queries.execution(unknown, ""), 404);
        expect(problems, "unknown execution page", tenant.queries.execution(unknown, "offset=10&limit=10"), 404);
        expect(problems, "cancel unknown", tenant.queries.cancel(unknown), 404);
        for (String id : List.of("1", "not-an-id", "..%2F..%2Fsettings", "%27%20OR%201%3D1", "x".repeat(300))) {
            expect(problems, "execution " + id, tenant.queries.execution(id, ""), 400, 404);
            expect(problems, "cancel " + id, tenant.queries.cancel(id), 400, 404);
        }
        String finished = tenant.queries.rows(source, "SELECT 1 AS one").getString("executionId");
        expect(problems, "negative offset", tenant.queries.execution(finished, "offset=-1"), 400);
        expect(problems, "text limit", tenant.queries.execution(finished, "limit=abc"), 400, 404);
        expect(problems, "zero limit", tenant.queries.execution(finished, "limit=0"), 400);
        expect(problems, "unknown tenant", Api.platformAdmin().post("/t/no_such_tenant_q/api/v1/queries",
                QueryApi.body(source, "SELECT 1").build().toString()), 404);
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void settingsStayWithinTheirBounds() {
        JsonObject before = tenant.admin.get(tenant.settingsPath()).json();
        List<String> problems = new ArrayList<>();
        for (String body : List.of("{\"timeoutSeconds\":0,\"maxConcurrent\":4,\"cacheTtlSeconds\":300}",
                "{\"timeoutSeconds\":601,\"maxConcurrent\":4,\"cacheTtlSeconds\":300}",
                "{\"timeoutSeconds\":100000000,\"maxConcurrent\":4,\"cacheTtlSeconds\":300}",
                "{\"timeoutSeconds\":\"x\",\"maxConcurrent\":4,\"cacheTtlSeconds\":300}",
                "{\"timeoutSeconds\":60,\"maxConcurrent\":0,\"cacheTtlSeconds\":300}",
                "{\"timeoutSeconds\":60,\"maxConcurrent\":4,\"cacheTtlSeconds\":-1}",
                "{\"timeoutSeconds\":60,\"maxConcurrent\":4,\"cacheTtlSeconds\":300,\"bogus\":1}", "{", "[]")) {
            expect(problems, body, tenant.admin.put(tenant.settingsPath(), body), 400);
        }
        assertEquals(before, tenant.admin.get(tenant.settingsPath()).json(), "refused settings change nothing");
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void snippetsAreCheckedAndCyclesAreRefused() {
        String snippets = "/t/" + tenant.slug + "/api/v1/snippets";
        List<String> problems = new ArrayList<>();
        for (String body : List.of("{}", "{\"name\":\"\",\"content\":\"SELECT 1\"}", "{\"name\":\"a/b\",\"content\":\"x\"}",
                "{\"name\":\"{{x}}\",\"content\":\"x\"}", "{\"name\":\"ok\"}", 
                "{\"name\":\"" + "n".repeat(1_000) + "\",\"content\":\"x\"}")) {
            expect(problems, "snippet " + body, tenant.admin.post(snippets, body), 400);
        }
        String a = "cycle-a-" + UUID.randomUUID().toString().substring(0, 6);
        String b = "cycle-b-" + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(201, tenant.admin.post(snippets, snippet(a, "SELECT * FROM ({{snippet: " + b + "}}) x")).status());
        assertEquals(201, tenant.admin.post(snippets, snippet(b, "{{snippet: " + a + "}}")).status());
        expect(problems, "duplicate snippet", tenant.admin.post(snippets, snippet(a, "SELECT 1")), 409);
        expect(problems, "cycle", tenant.queries.run(source, "{{snippet: " + a + "}}"), 400);
        expect(problems, "unknown snippet id", tenant.admin.put(snippets + "/987654321", snippet("x", "SELECT 1")), 404);
        expect(problems, "delete unknown snippet", tenant.admin.delete(snippets + "/987654321"), 404);
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
    }

    private static String snippet(String name, String content) {
        return Json.createObjectBuilder().add("name", name).add("content", content).add("description", "test")
                .build().toString();
    }

    /** Records a problem unless the reply is a JSON error with one of the statuses; true when it is. */
    private static boolean expect(List<String> problems, String what, Api.Reply reply, Integer... statuses) {
        if (!Set.of(statuses).contains(reply.status())) {
            problems.add(shorten(what) + ": expected " + List.of(statuses) + " but got " + reply);
            return false;
        }
        try {
            QueryApi.jsonError(reply);
            return true;
        } catch (AssertionError e) {
            problems.add(shorten(what) + ": " + e.getMessage());
            return false;
        }
    }

    private static String shorten(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
