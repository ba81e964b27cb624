package com.insightiq.system.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import com.insightiq.system.Database;
import com.insightiq.system.SourceFixtures;
import com.insightiq.system.Tenancy;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The query engine through its REST API on the real EAR: the sample database and a PostgreSQL fixture, the row cap
 * and paging, asynchronous runs, cancellation that stops the database's work, timeouts, the result cache, history and
 * log, snippets, roles and tenant isolation. Each test makes its own tenant and data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QueryEngineIT {


    /** A fresh tenant with a fixture database holding table {@code t}, as its admin sees it. */
    private record Scene(String slug, Api admin, SourceFixtures.Fixture db, long sourceId) implements AutoCloseable {
        String api(String path) {
            return "/t/" + slug + "/api/v1" + path;
        }

        Api.Reply run(Api who, JsonObjectBuilder body) {
            return who.post(api("/queries"), body.add("dataSourceId", sourceId).build().toString());
        }

        Api member(String role) {
            String email = role + "-" + UUID.randomUUID().toString().substring(0, 6) + "@" + slug.replace('_', '-')
                    + ".test";
            Tenancy.addMember(admin, slug, email, role);
            return Api.signIn(email, Tenancy.PASSWORD);
        }

        @Override
        public void close() {
            db.close();
        }
    }

    private static Scene scene(String prefix) {
        String slug = Tenancy.uniqueSlug(prefix);
        Api admin = Api.signIn(Tenancy.createTenant(Api.platformAdmin(), slug), Tenancy.PASSWORD);
        SourceFixtures.Fixture db = SourceFixtures.postgres(prefix);
        db.execute("CREATE TABLE t (id int PRIMARY KEY, amount numeric(30,10), at timestamptz, doc jsonb, tags int[],"
                + " raw bytea, label text)");
        db.execute("INSERT INTO t SELECT g, g * 1000000000.0000000001, timestamptz '2024-01-02 03:04:05+02'"
                + " + g * interval '1 minute', jsonb_build_object('n', g), ARRAY[g, g + 1], decode('cafe', 'hex'),"
                + " 'Zürich ✓ ' || g FROM generate_series(1, 2500) g");
        db.execute("GRANT SELECT ON t TO " + db.user());
        Api.Reply created = admin.post("/t/" + slug + "/api/v1/datasources", db.body("Fixture").build().toString());
        assertEquals(201, created.status(), created.toString());
        return new Scene(slug, admin, db, created.json().getJsonNumber("id").longValue());
    }

    private static JsonObjectBuilder sql(String text) {
        return Json.createObjectBuilder().add("sql", text);
    }

    @Test
    void runsSqlOnTheSampleDatabaseWithCatalogMeaning() throws Exception {
        Api admin = Api.platformAdmin();
        JsonObject sample = admin.get("/t/acme/api/v1/datasources").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals("Sample Database")).findFirst().orElseThrow();
        long id = sample.getJsonNumber("id").longValue();
        awaitSync(admin, "/t/acme/api/v1/datasources/" + id + "/syncs");

        Api.Reply reply = admin.post("/t/acme/api/v1/queries", sql("SELECT p.id, p.email FROM people p ORDER BY p.id"
                + " LIMIT 5 -- " + UUID.randomUUID()).add("dataSourceId", id).build().toString());
        assertEquals(200, reply.status(), reply.toString());
        JsonObject result = reply.json();
        assertEquals("completed", result.getString("status"));
        assertEquals(5, result.getInt("rowCount"));
        assertEquals(5, result.getJsonArray("rows").size());
        assertFalse(result.getBoolean("truncated"));
        assertFalse(result.getBoolean("cached"));
        JsonArray columns = result.getJsonArray("columns");
        assertEquals("id", columns.getJsonObject(0).getString("name"));
        assertEquals("pk", columns.getJsonObject(0).getString("semanticType"), columns.toString());
        assertEquals("email", columns.getJsonObject(1).getString("semanticType"), columns.toString());
        assertTrue(result.getJsonArray("rows").getJsonArray(0).getString(1).contains("@"));
    }

    @Test
    void capsTheFirstPageAndPagesBeyondIt() {
        try (Scene s = scene("qpage")) {
            Api.Reply first = s.run(s.admin(), sql("SELECT * FROM t ORDER BY id"));
            assertEquals(200, first.status(), first.toString());
            JsonObject page = first.json();
            assertEquals(2000, page.getInt("rowCount"), "the interactive row cap");
            assertTrue(page.getBoolean("truncated"));
            assertEquals(List.of("id", "amount", "at", "doc", "tags", "raw", "label"), page.getJsonArray("columns")
                    .getValuesAs(JsonObject.class).stream().map(c -> c.getString("name")).toList());
            assertEquals(List.of("integer", "numeric", "timestamptz", "jsonb", "integer[]", "bytea", "text"),
                    page.getJsonArray("columns").getValuesAs(JsonObject.class).stream()
                            .map(c -> c.getString("type")).toList());
            assertTrue(first.body().contains("[1,1000000000.0000000001,\"2024-01-02T01:05:05Z\",\"{\\\"n\\\": 1}\","
                    + "[1,2],\"yv4=\",\"Zürich ✓ 1\"]"), "canonical JSON values: " + first.body().substring(0, 400));

            String execution = page.getString("executionId");
            JsonObject second = s.admin().get(s.api("/queries/" + execution + "?offset=2000&limit=1000")).json();
            assertEquals(500, second.getInt("rowCount"));
            assertFalse(second.getBoolean("truncated"));
            assertEquals(2001, second.getJsonArray("rows").getJsonArray(0).getInt(0));

            JsonObject middle = s.run(s.admin(), sql("SELECT id FROM t ORDER BY id").add("offset", 2400)
                    .add("limit", 50)).json();
            assertEquals(50, middle.getInt("rowCount"));
            assertTrue(middle.getBoolean("truncated"));
            assertEquals(2401, middle.getJsonArray("rows").getJsonArray(0).getInt(0));
            assertEquals(2400, middle.getInt("offset"));
        }
    }

    @Test
    void longQueriesRunAsynchronouslyAndCancelInTheDatabase() throws Exception {
        try (Scene s = scene("qasync")) {
            Api.Reply accepted = s.run(s.admin(), sql("SELECT 42 AS answer FROM pg_sleep(2)").add("wait", 0));
            assertEquals(202, accepted.status(), accepted.toString());
            String id = accepted.json().getString("executionId");
            assertTrue(accepted.json().getString("status").matches("queued|running"));
            JsonObject done = s.admin().get(s.api("/queries/" + id + "?wait=20")).json();
            assertEquals("completed", done.getString("status"), done.toString());
            assertEquals(42, done.getJsonArray("rows").getJsonArray(0).getInt(0));

            long started = System.currentTimeMillis();
            String sleeping = s.run(s.admin(), sql("SELECT 1 FROM pg_sleep(30)").add("wait", 0)).json()
                    .getString("executionId");
            String active = "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND usename = '"
                    + s.db().user() + "' AND query LIKE '%pg_sleep(30)%'";
            long deadline = System.currentTimeMillis() + 15_000;
            while (Database.count(active) == 0) {
                assertTrue(System.currentTimeMillis() < deadline, "the query reached the database");
                Thread.sleep(100);
            }
            JsonObject progress = s.admin().get(s.api("/queries/" + sleeping)).json();
            assertEquals("running", progress.getString("status"));
            assertEquals(204, s.admin().delete(s.api("/queries/" + sleeping)).status());
            assertEquals(0, Database.count(active), "the database stopped the statement");
            assertTrue(System.currentTimeMillis() - started < 20_000, "cancelled, not waited out");
            JsonObject cancelled = s.admin().get(s.api("/queries/" + sleeping)).json();
            assertEquals("cancelled", cancelled.getString("status"), cancelled.toString());
            assertEquals("cancelled", cancelled.getJsonObject("error").getString("code"));
        }
    }

    @Test
    void aBusyTenantQueuesOnlyItsOwnQueries() {
        try (Scene busy = scene("qbusy"); Scene calm = scene("qcalm")) {
            assertEquals(1, busy.admin().put(busy.api("/settings/queries"), "{\"maxConcurrent\":1}").json()
                    .getInt("maxConcurrent"));
            String running = busy.run(busy.admin(), sql("SELECT 1 FROM pg_sleep(4)").add("wait", 0)).json()
                    .getString("executionId");
            Api.Reply second = busy.run(busy.admin(), sql("SELECT 2 AS two").add("wait", 0));
            assertEquals(202, second.status(), second.toString());
            assertEquals("queued", second.json().getString("status"));
            assertEquals(1, second.json().getInt("queuePosition"), "visible position in the tenant's queue");
            assertTrue(second.body().contains("\"rowsRead\":0"));

            long started = System.currentTimeMillis();
            JsonObject other = calm.run(calm.admin(), sql("SELECT 3 AS three")).json();
            assertEquals("completed", other.getString("status"), "another tenant does not wait");
            assertTrue(System.currentTimeMillis() - started < 3000);

            JsonObject done = busy.admin().get(busy.api("/queries/" + second.json().getString("executionId")
                    + "?wait=30")).json();
            assertEquals("completed", done.getString("status"), done.toString());
            assertEquals("completed", busy.admin().get(busy.api("/queries/" + running)).json().getString("status"));
        }
    }

    @Test
    void theTenantsTimeoutStopsLongQueries() {
        try (Scene s = scene("qtimeout")) {
            JsonObject settings = s.admin().put(s.api("/settings/queries"), "{\"timeoutSeconds\":1}").json();
            assertEquals(1, settings.getInt("timeoutSeconds"));
            s.admin().put(s.api("/settings/queries"), "{\"timeoutSeconds\":100000}").isJsonError(400);
            long started = System.currentTimeMillis();
            Api.Reply reply = s.run(s.admin(), sql("SELECT 1 FROM pg_sleep(20)"));
            reply.isJsonError(400);
            assertEquals("timeout", reply.json().getString("error"), reply.toString());
            assertTrue(System.currentTimeMillis() - started < 15_000);
            JsonObject latest = s.admin().get(s.api("/queries/history?limit=1")).array().getJsonObject(0);
            assertEquals("timeout", latest.getString("status"));
        }
    }

    @Test
    void aRepeatedQueryComesFromTheTenantsCache() throws Exception {
        try (Scene s = scene("qcache")) {
            String text = "SELECT id, amount FROM t WHERE id <= 10 ORDER BY id";
            JsonObject first = s.run(s.admin(), sql(text)).json();
            assertFalse(first.getBoolean("cached"), first.toString());
            JsonObject second = s.run(s.admin(), sql(text)).json();
            assertTrue(second.getBoolean("cached"), "the same SQL and values hit the cache");
            assertEquals(first.getJsonArray("rows"), second.getJsonArray("rows"));
            JsonObject other = s.run(s.admin(), sql(text.replace("10", "11"))).json();
            assertFalse(other.getBoolean("cached"), "different SQL, different entry");
            String log = serverLog();
            assertTrue(log.contains("Query results are cached in JCache"), "Payara's JCache is in use");
        }
    }

    @Test
    void historyIsPersonalAndTheLogIsForAdmins() {
        try (Scene s = scene("qhistory")) {
            Api analyst = s.member("analyst");
            String mine = s.run(analyst, sql("SELECT count(*) FROM t")).json().getString("executionId");
            String admins = s.run(s.admin(), sql("SELECT max(id) FROM t")).json().getString("executionId");
            s.run(analyst, sql("SELECT nonsense FROM t")).isJsonError(400);

            JsonArray history = analyst.get(s.api("/queries/history")).array();
            assertEquals(2, history.size(), history.toString());
            assertEquals("failed", history.getJsonObject(0).getString("status"));
            assertEquals(mine, history.getJsonObject(1).getString("executionId"));
            assertEquals("completed", history.getJsonObject(1).getString("status"));
            assertEquals(1, history.getJsonObject(1).getInt("rowCount"));
            assertFalse(history.toString().contains(admins), "another member's runs are not in my history");

            analyst.get(s.api("/queries/log")).isJsonError(403);
            JsonArray log = s.admin().get(s.api("/queries/log?limit=10")).array();
            assertEquals(3, log.size(), log.toString());
            long analystId = history.getJsonObject(0).getJsonNumber("userId").longValue();
            assertEquals(2, s.admin().get(s.api("/queries/log?userId=" + analystId)).array().size());
        }
    }

    @Test
    void snippetsAreSharedSqlOfTheTenant() {
        try (Scene s = scene("qsnip")) {
            Api.Reply created = s.admin().post(s.api("/snippets"),
                    "{\"name\":\"small ids\",\"content\":\"id <= 3\",\"description\":\"the first rows\"}");
            assertEquals(201, created.status(), created.toString());
            long id = created.json().getJsonNumber("id").longValue();
            s.admin().post(s.api("/snippets"), "{\"name\":\"Small IDs\",\"content\":\"id < 2\"}").isJsonError(409);
            s.admin().post(s.api("/snippets"), "{\"name\":\"bad;name\",\"content\":\"x\"}").isJsonError(400);

            JsonObject result = s.run(s.admin(), sql("SELECT id FROM t WHERE {{snippet: small ids}} ORDER BY id"))
                    .json();
            assertEquals(3, result.getInt("rowCount"), result.toString());

            assertEquals("id <= 2", s.admin().put(s.api("/snippets/" + id),
                    "{\"name\":\"small ids\",\"content\":\"id <= 2\"}").json().getString("content"));
            assertEquals(1, s.admin().get(s.api("/snippets")).array().size());
            Api viewer = s.member("viewer");
            viewer.get(s.api("/snippets")).isJsonError(403);
            assertEquals(204, s.admin().delete(s.api("/snippets/" + id)).status());
            s.admin().get(s.api("/snippets/" + id)).isJsonError(404);
        }
    }

    @Test
    void viewersCannotRunSql() {
        try (Scene s = scene("qviewer")) {
            Api viewer = s.member("viewer");
            s.run(viewer, sql("SELECT 1")).isJsonError(403);
            viewer.get(s.api("/queries/history")).isJsonError(403);
            viewer.get(s.api("/settings/queries")).isJsonError(403);
        }
    }

    @Test
    void executionsBelongToTheirTenantAndUser() {
        try (Scene a = scene("qisoa"); Scene b = scene("qisob")) {
            String id = a.run(a.admin(), sql("SELECT 1 AS one")).json().getString("executionId");
            b.admin().get(a.api("/queries/" + id)).isJsonError(403);
            b.admin().get(b.api("/queries/" + id)).isJsonError(404);
            b.admin().delete(b.api("/queries/" + id)).isJsonError(404);
            b.admin().post(b.api("/queries"), sql("SELECT 1").add("dataSourceId", a.sourceId() + 1000).build()
                    .toString()).isJsonError(404);
            Api analyst = a.member("analyst");
            analyst.get(a.api("/queries/" + id)).isJsonError(404);
            String analystRun = a.run(analyst, sql("SELECT 2 AS two")).json().getString("executionId");
            assertEquals(200, a.admin().get(a.api("/queries/" + analystRun)).status(), "tenant admins see all runs");
            a.admin().get(a.api("/queries/" + UUID.randomUUID())).isJsonError(404);
            a.admin().get(a.api("/queries/not-a-uuid")).isJsonError(404);
        }
    }

    @Test
    void badInputIsA400WithWhereTheErrorIs() {
        try (Scene s = scene("qbad")) {
            Api.Reply missing = s.admin().post(s.api("/queries"), "{\"dataSourceId\":" + s.sourceId() + "}");
            missing.isJsonError(400);
            assertEquals("invalid-input", missing.json().getString("error"));
            s.admin().post(s.api("/queries"), "{\"sql\":\"SELECT 1\",\"dataSourceId\":\"x\"}").isJsonError(400);
            s.admin().post(s.api("/queries"), "{\"sql\":\"SELECT 1\",\"dataSourceId\":" + s.sourceId()
                    + ",\"wait\":999}").isJsonError(400);
            String huge = "SELECT 1 -- " + "x".repeat(1 << 20);
            Api.Reply tooLong = s.run(s.admin(), sql(huge));
            tooLong.isJsonError(400);
            assertTrue(tooLong.message().contains("at most 100000"), tooLong.toString());

            Api.Reply write = s.run(s.admin(), sql("DELETE FROM t"));
            write.isJsonError(400);
            assertEquals("not-read-only", write.json().getString("error"));

            Api.Reply wrong = s.run(s.admin(), sql("SELECT id\n  FROM no_such_table"));
            wrong.isJsonError(400);
            JsonObject error = wrong.json();
            assertEquals("query-failed", error.getString("error"));
            assertTrue(error.getString("message").contains("no_such_table"), error.toString());
            assertEquals(2, error.getInt("line"), error.toString());
            assertEquals(8, error.getInt("position"), error.toString());
            assertNotNull(error.getString("executionId"));
        }
    }

    private static void awaitSync(Api admin, String syncs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            JsonArray history = admin.get(syncs).array();
            if (!history.isEmpty() && history.getValuesAs(JsonObject.class).stream()
                    .noneMatch(h -> h.getString("status").matches("queued|running"))) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("The first sync did not finish in 3 minutes");
    }

    private static String serverLog() throws java.io.IOException {
        Path logs = Path.of(System.getProperty("it.home"), "domains", "insightiq", "logs");
        StringBuilder text = new StringBuilder();
        try (var files = Files.list(logs)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("server.log")).toList()) {
                text.append(Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        return text.toString();
    }
}
