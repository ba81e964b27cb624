package com.insightiq.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalog end to end: a real PostgreSQL fixture (tables, views, FKs, indexes, odd identifiers, data) is synced
 * through API → JMS → Jakarta Batch; structure, semantic types and field values come back through the API; a second
 * sync counts what was added, changed and removed; other tenants and bad input get 4xx; a killed server resumes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogSyncIT {


    static void createFixture(SourceFixtures.Fixture db) {
        db.execute("SET ROLE " + db.user() + ";"
                + "CREATE TABLE customers (id serial PRIMARY KEY, email text NOT NULL, name text, country text,"
                + " created_at timestamptz DEFAULT now(), lat double precision, lng double precision, website text);"
                + "CREATE TABLE orders (id bigserial PRIMARY KEY, customer_id int NOT NULL REFERENCES customers (id),"
                + " total_amount numeric(10,2), discount_pct numeric(5,2), status varchar(20), note text);"
                + "CREATE INDEX orders_status ON orders (status);"
                + "CREATE SCHEMA sales;"
                + "CREATE TABLE sales.\"Odd \"\"Name\"\" Ü\" (\"Select\" int PRIMARY KEY, \"two words\" text);"
                + "CREATE TABLE sales.doomed (id int PRIMARY KEY);"
                + "CREATE VIEW \"Order Summary\" AS SELECT c.country, count(*) AS orders FROM orders o"
                + " JOIN customers c ON c.id = o.customer_id GROUP BY c.country;"
                + "INSERT INTO customers (email, name, country, lat, lng, website) SELECT 'user' || i || '@example.com',"
                + " 'Name ' || i, (ARRAY['Germany','France','Spain'])[1 + i % 3], 40 + i % 10, 5 + i % 10,"
                + " 'https://example.com/' || i FROM generate_series(1, 200) i;"
                + "INSERT INTO orders (customer_id, total_amount, discount_pct, status, note) SELECT 1 + i % 200,"
                + " i * 1.5, i % 30, (ARRAY['open','paid','shipped','cancelled'])[1 + i % 4], 'note ' || i"
                + " FROM generate_series(1, 500) i;"
                + "ANALYZE;");
    }

    static long register(Api admin, String slug, SourceFixtures.Fixture db, String name) {
        Api.Reply created = admin.post("/t/" + slug + "/api/v1/datasources", db.body(name).build().toString());
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    static JsonObject sync(Api api, String slug, long source, String body) throws InterruptedException {
        Api.Reply reply = api.send("POST", "/t/" + slug + "/api/v1/datasources/" + source + "/sync", body,
                "application/json");
        assertEquals(202, reply.status(), reply.toString());
        JsonObject sync = reply.json();
        assertTrue(sync.getJsonNumber("jobId").longValue() > 0);
        return awaitSync(api, slug, source, sync.getJsonNumber("id").longValue(), 180);
    }

    static JsonObject awaitSync(Api api, String slug, long source, long syncId, int seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        JsonObject sync = null;
        while (System.currentTimeMillis() < deadline) {
            Api.Reply reply = api.get("/t/" + slug + "/api/v1/datasources/" + source + "/syncs/" + syncId);
            if (reply.status() == 200) {
                sync = reply.json();
                if (sync.getString("status").equals("completed") || sync.getString("status").equals("failed")) {
                    return sync;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Sync " + syncId + " did not finish in " + seconds + " s: " + sync);
    }

    static Map<String, JsonObject> tables(Api api, String slug, long source) {
        return api.get("/t/" + slug + "/api/v1/datasources/" + source + "/tables").array().stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(t -> t.getString("schema") + "." + t.getString("name"), t -> t));
    }

    static Map<String, JsonObject> columns(Api api, String slug, JsonObject table) {
        return api.get("/t/" + slug + "/api/v1/tables/" + table.getJsonNumber("id")).json().getJsonArray("columns")
                .stream().map(JsonValue::asJsonObject).collect(Collectors.toMap(c -> c.getString("name"), c -> c));
    }

    static String type(JsonObject column) {
        return column.isNull("semanticType") || !column.containsKey("semanticType") ? null
                : column.getString("semanticType");
    }

    @Test
    void syncFindsStructureTypesAndValuesThenCountsChanges() throws Exception {
        String slug = Tenancy.uniqueSlug("cat");
        Api admin = Api.signIn(Tenancy.createTenant(Api.platformAdmin(), slug), Tenancy.PASSWORD);
        String t = "/t/" + slug + "/api/v1";
        try (SourceFixtures.Fixture db = SourceFixtures.postgres("catit")) {
            createFixture(db);
            long source = register(admin, slug, db, "Shop");
            JsonObject first = sync(admin, slug, source, null);
            assertEquals("completed", first.getString("status"), first.toString());
            assertEquals(5, first.getInt("tablesTotal"));
            assertEquals(5, first.getInt("tablesDone"));
            assertEquals(5, first.getInt("added"));
            assertEquals(0, first.getInt("removed"));
            assertEquals("completed", admin.get(t + "/jobs/" + first.getJsonNumber("jobId")).json().getString("status"));

            Map<String, JsonObject> tables = tables(admin, slug, source);
            assertEquals(Set5.of("public.customers", "public.orders", "public.Order Summary", "sales.Odd \"Name\" Ü",
                    "sales.doomed"), tables.keySet());
            assertEquals("view", tables.get("public.Order Summary").getString("kind"));
            assertEquals("Customers", tables.get("public.customers").getString("displayName"));
            assertEquals(8, tables.get("public.customers").getInt("columns"));

            Map<String, JsonObject> customers = columns(admin, slug, tables.get("public.customers"));
            Map<String, JsonObject> orders = columns(admin, slug, tables.get("public.orders"));
            assertEquals("pk", type(customers.get("id")));
            assertEquals("email", type(customers.get("email")));
            assertEquals("name", type(customers.get("name")));
            assertEquals("category", type(customers.get("country")));
            assertEquals("date-time", type(customers.get("created_at")));
            assertEquals("latitude", type(customers.get("lat")));
            assertEquals("longitude", type(customers.get("lng")));
            assertEquals("url", type(customers.get("website")));
            assertEquals("fk", type(orders.get("customer_id")));
            assertEquals("currency", type(orders.get("total_amount")));
            assertEquals("percentage", type(orders.get("discount_pct")));
            assertEquals("category", type(orders.get("status")));
            assertEquals("Created At", customers.get("created_at").getString("displayName"));
            assertEquals("Customer ID", orders.get("customer_id").getString("displayName"));
            assertEquals(customers.get("id").getJsonNumber("id").longValue(),
                    orders.get("customer_id").getJsonNumber("fkTargetColumnId").longValue(), "FK resolved across tables");
            assertFalse(orders.get("note").containsKey("semanticType"), "free text has no semantic type");
            JsonObject fingerprint = customers.get("country").getJsonObject("fingerprint");
            assertEquals(3, fingerprint.getInt("distinctCount"));
            assertEquals(200, fingerprint.getInt("sampledRows"));
            assertEquals("France", fingerprint.getString("min"));

            JsonObject ordersDetail = admin.get(t + "/tables/" + tables.get("public.orders").getJsonNumber("id")).json();
            assertTrue(ordersDetail.getJsonArray("indexes").toString().contains("orders_status"));
            assertTrue(ordersDetail.getJsonArray("foreignKeys").toString().contains("\"customers\""));
            JsonObject odd = columns(admin, slug, tables.get("sales.Odd \"Name\" Ü")).get("Select");
            assertEquals("pk", type(odd));

            long country = customers.get("country").getJsonNumber("id").longValue();
            assertEquals(List.of("France", "Germany", "Spain"), admin.get(t + "/columns/" + country + "/values").json()
                    .getJsonArray("values").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList());
            assertEquals("[]", admin.get(t + "/columns/" + orders.get("note").getJsonNumber("id") + "/values").json()
                    .getJsonArray("values").toString(), "500 distinct notes are not kept");

            // admins' words survive syncs
            long ordersId = tables.get("public.orders").getJsonNumber("id").longValue();
            assertEquals(200, admin.put(t + "/tables/" + ordersId,
                    "{\"displayName\":\"Sales orders\",\"description\":\"One row per order.\\nSince 2020.\",\"hidden\":false}")
                    .status());
            long statusColumn = orders.get("status").getJsonNumber("id").longValue();
            JsonObject edited = admin.put(t + "/columns/" + statusColumn, "{\"displayName\":\"Order status\","
                    + "\"semanticType\":\"name\",\"hidden\":true}").json();
            assertEquals("name", edited.getString("semanticType"));
            assertEquals("category", edited.getString("inferredSemanticType"));

            // the source changes: one table more, one less, one column more
            db.execute("SET ROLE " + db.user() + "; CREATE TABLE refunds (id int PRIMARY KEY, order_id bigint"
                    + " REFERENCES orders (id), amount numeric); INSERT INTO refunds SELECT g, g, 5 FROM"
                    + " generate_series(1, 3) g; DROP TABLE sales.doomed;"
                    + " ALTER TABLE customers ADD COLUMN phone text;");
            JsonObject second = sync(admin, slug, source, "{\"fingerprint\":\"changed\"}");
            assertEquals("completed", second.getString("status"), second.toString());
            assertEquals(1, second.getInt("added"), second.toString());
            assertEquals(1, second.getInt("changed"), second.toString());
            assertEquals(1, second.getInt("removed"), second.toString());
            assertEquals(2, second.getInt("fingerprinted"), "only new and changed tables are sampled again");
            tables = tables(admin, slug, source);
            assertTrue(tables.containsKey("public.refunds"));
            assertEquals(3, tables.get("public.refunds").getJsonNumber("estimatedRows").longValue(),
                    "a table never analysed is counted by its sample, which read all of it");
            assertFalse(tables.containsKey("sales.doomed"));
            assertTrue(columns(admin, slug, tables.get("public.customers")).containsKey("phone"));
            assertEquals(ordersId, tables.get("public.orders").getJsonNumber("id").longValue(), "ids are stable");
            assertEquals("Sales orders", tables.get("public.orders").getString("displayName"));
            Map<String, JsonObject> ordersAgain = columns(admin, slug, tables.get("public.orders"));
            assertEquals("Order status", ordersAgain.get("status").getString("displayName"));
            assertTrue(ordersAgain.get("status").getBoolean("hidden"));
            assertEquals(orders.get("id").getJsonNumber("id"), columns(admin, slug, tables.get("public.refunds"))
                    .get("order_id").getJsonNumber("fkTargetColumnId"));
            assertEquals(2, admin.get(t + "/datasources/" + source + "/syncs").array().size());
            assertEquals(5, Database.count("SELECT count(*) FROM tenant_" + slug + ".catalog_table"));

            // glossary
            Api.Reply term = admin.post(t + "/glossary", "{\"term\":\"Revenue\",\"definition\":\"Paid order totals\","
                    + "\"synonyms\":[\"sales\",\"turnover\",\"Sales\"],\"columnId\":"
                    + orders.get("total_amount").getJsonNumber("id") + ",\"expression\":\"SUM(total_amount)\"}");
            assertEquals(201, term.status(), term.toString());
            assertEquals(2, term.json().getJsonArray("synonyms").size(), "synonyms are unique, ignoring case");
            long termId = term.json().getJsonNumber("id").longValue();
            admin.post(t + "/glossary", "{\"term\":\"revenue\",\"definition\":\"again\"}").isJsonError(409);
            assertEquals(200, admin.put(t + "/glossary/" + termId, "{\"term\":\"Revenue\",\"definition\":\"Paid\"}")
                    .status());
            assertEquals(1, admin.get(t + "/glossary").array().size());
            assertEquals(204, admin.delete(t + "/glossary/" + termId).status());
            admin.get(t + "/glossary/" + termId).isJsonError(404);

            // schedule
            JsonObject schedule = admin.put(t + "/datasources/" + source + "/schedule", "{\"schedule\":\"daily 03:30\"}")
                    .json();
            assertEquals("daily 03:30", schedule.getString("schedule"));
            assertTrue(schedule.getString("nextSyncAt").contains("T03:30"));
            assertEquals("off", admin.put(t + "/datasources/" + source + "/schedule", "{\"schedule\":\"off\"}").json()
                    .getString("schedule"));

            // deleting the data source takes its catalog with it
            assertEquals(204, admin.delete(t + "/datasources/" + source).status());
            assertEquals(0, Database.count("SELECT count(*) FROM tenant_" + slug + ".catalog_table"));
        }
    }

    @Test
    void otherTenantsAndLesserRolesAreRefusedAndBadInputChangesNothing() throws Exception {
        Api platform = Api.platformAdmin();
        String acme = Tenancy.uniqueSlug("cacme");
        String globex = Tenancy.uniqueSlug("cglob");
        Api admin = Api.signIn(Tenancy.createTenant(platform, acme), Tenancy.PASSWORD);
        Api other = Api.signIn(Tenancy.createTenant(platform, globex), Tenancy.PASSWORD);
        String analystEmail = "analyst@" + acme.replace('_', '-') + ".test";
        String viewerEmail = "viewer@" + acme.replace('_', '-') + ".test";
        Tenancy.addMember(admin, acme, analystEmail, "analyst");
        Tenancy.addMember(admin, acme, viewerEmail, "viewer");
        Api analyst = Api.signIn(analystEmail, Tenancy.PASSWORD);
        Api viewer = Api.signIn(viewerEmail, Tenancy.PASSWORD);
        try (SourceFixtures.Fixture db = SourceFixtures.postgres("catiso")) {
            createFixture(db);
            long source = register(admin, acme, db, "Shop");
            JsonObject done = sync(analyst, acme, source, "{\"fingerprint\":\"all\"}");
            assertEquals("completed", done.getString("status"), done.toString());
            Map<String, JsonObject> tables = tables(analyst, acme, source);
            long table = tables.get("public.orders").getJsonNumber("id").longValue();
            long column = columns(analyst, acme, tables.get("public.orders")).get("status").getJsonNumber("id").longValue();
            long term = admin.post("/t/" + acme + "/api/v1/glossary", "{\"term\":\"Order\",\"definition\":\"A sale\"}")
                    .json().getJsonNumber("id").longValue();
            long syncId = done.getJsonNumber("id").longValue();
            String before = Database.fingerprint() + catalogState(acme);

            String[][] endpoints = {
                    {"POST", "/datasources/" + source + "/sync", "{}"},
                    {"GET", "/datasources/" + source + "/syncs", null},
                    {"GET", "/datasources/" + source + "/syncs/" + syncId, null},
                    {"GET", "/datasources/" + source + "/tables", null},
                    {"GET", "/datasources/" + source + "/schedule", null},
                    {"PUT", "/datasources/" + source + "/schedule", "{\"schedule\":\"off\"}"},
                    {"GET", "/tables/" + table, null},
                    {"PUT", "/tables/" + table, "{\"displayName\":\"X\"}"},
                    {"GET", "/columns/" + column, null},
                    {"PUT", "/columns/" + column, "{\"displayName\":\"X\"}"},
                    {"GET", "/columns/" + column + "/values", null},
                    {"GET", "/glossary", null},
                    {"POST", "/glossary", "{\"term\":\"Spy\",\"definition\":\"x\"}"},
                    {"GET", "/glossary/" + term, null},
                    {"PUT", "/glossary/" + term, "{\"term\":\"Spy\",\"definition\":\"x\"}"},
                    {"DELETE", "/glossary/" + term, null}};
            for (String[] e : endpoints) {
                other.send(e[0], "/t/" + acme + "/api/v1" + e[1], e[2], "application/json").isJsonError(403);
                viewer.send(e[0], "/t/" + acme + "/api/v1" + e[1], e[2], "application/json").isJsonError(403);
                if (!e[1].equals("/glossary")) {
                    other.send(e[0], "/t/" + globex + "/api/v1" + e[1], e[2], "application/json").isJsonError(404);
                }
            }
            for (String[] e : endpoints) {
                boolean edit = !e[0].equals("GET") && !e[1].contains("/sync") && !e[1].contains("/schedule");
                if (edit) {
                    analyst.send(e[0], "/t/" + acme + "/api/v1" + e[1], e[2], "application/json").isJsonError(403);
                }
            }
            assertEquals("[]", other.get("/t/" + globex + "/api/v1/glossary").body());

            String a = "/t/" + acme + "/api/v1";
            String huge = "x".repeat(10_000);
            String[][] bad = {
                    {"PUT", "/tables/" + table, "{\"displayName\":\"" + huge + "\"}"},
                    {"PUT", "/tables/" + table, "{\"displayName\":\"a\\u0000b\"}"},
                    {"PUT", "/tables/" + table, "{\"description\":\"" + huge + "\"}"},
                    {"PUT", "/tables/" + table, "{\"hidden\":[1]}"},
                    {"PUT", "/tables/" + table, "{\"displayName\":\"ok\",\"owner\":\"me\"}"},
                    {"PUT", "/tables/" + table, "[1]"},
                    {"PUT", "/columns/" + column, "{\"semanticType\":\"colour\"}"},
                    {"PUT", "/columns/" + column, "{\"displayName\":\"line\\nbreak\"}"},
                    {"PUT", "/columns/" + column, "{\"fkTargetColumnId\":\"abc\"}"},
                    {"PUT", "/columns/" + column, "{\"fkTargetColumnId\":987654321}"},
                    {"PUT", "/columns/" + column, "{\"fkTargetColumnId\":" + column + "}"},
                    {"POST", "/glossary", "{\"term\":\"" + huge + "\",\"definition\":\"d\"}"},
                    {"POST", "/glossary", "{\"term\":\"a\\u0007\",\"definition\":\"d\"}"},
                    {"POST", "/glossary", "{\"term\":\"T\"}"},
                    {"POST", "/glossary", "{\"term\":\"T\",\"definition\":\"d\",\"synonyms\":\"one\"}"},
                    {"POST", "/glossary", "{\"term\":\"T\",\"definition\":\"d\",\"synonyms\":[\"" + huge + "\"]}"},
                    {"POST", "/glossary", "{\"term\":\"T\",\"definition\":\"d\",\"columnId\":987654321}"},
                    {"POST", "/glossary", "{\"term\":\"T\",\"definition\":\"d\",\"expression\":\"" + huge + "\"}"},
                    {"POST", "/glossary", "{\"term\":\"T\",\"definition\":\"d\",\"unknown\":1}"},
                    {"POST", "/glossary", "{\"term\": "},
                    {"POST", "/glossary", null},
                    {"PUT", "/glossary/" + term, "{\"term\":\"\",\"definition\":\"d\"}"},
                    {"PUT", "/datasources/" + source + "/schedule", "{\"schedule\":\"daily 25:00\"}"},
                    {"PUT", "/datasources/" + source + "/schedule", "{\"schedule\":\"" + huge + "\"}"},
                    {"PUT", "/datasources/" + source + "/schedule", "{\"schedule\":42,\"x\":1}"},
                    {"POST", "/datasources/" + source + "/sync", "{\"fingerprint\":\"sometimes\"}"},
                    {"POST", "/datasources/" + source + "/sync", "{\"fingerprint\":\"all\",\"extra\":true}"}};
            for (String[] b : bad) {
                Api.Reply reply = admin.send(b[0], a + b[1], b[2], "application/json");
                assertTrue(reply.status() == 400 || reply.status() == 413, b[0] + " " + b[1] + " " + b[2] + " → " + reply);
                reply.isJsonError(reply.status());
            }
            admin.get(a + "/tables/abc").isJsonError(404);
            admin.get(a + "/columns/99999999").isJsonError(404);
            admin.get(a + "/datasources/99999999/tables").isJsonError(404);
            admin.post(a + "/datasources/99999999/sync", "{}").isJsonError(404);
            admin.send("PUT", a + "/tables/" + table, "displayName=x", "text/plain").isJsonError(415);
            assertEquals(before, Database.fingerprint() + catalogState(acme), "nothing was saved");
        }
    }

    @Test
    void aSyncCutOffByAKilledServerResumesAndLeavesExactlyTheRightTables() throws Exception {
        String slug = Tenancy.uniqueSlug("crash");
        Api admin = Api.signIn(Tenancy.createTenant(Api.platformAdmin(), slug), Tenancy.PASSWORD);
        try (SourceFixtures.Fixture db = SourceFixtures.postgres("catbig")) {
            // 300 tables, and 60 views whose sample takes 0.25 s each: the sync runs long enough to be killed
            db.execute("SET ROLE " + db.user() + "; DO $$ BEGIN FOR i IN 1..300 LOOP"
                    + " EXECUTE format('CREATE TABLE t_%s (id int PRIMARY KEY, name text, amount numeric, created_at date)', i);"
                    + " EXECUTE format('INSERT INTO t_%s SELECT g, ''n'' || (g %% 5), g, current_date FROM generate_series(1, 20) g', i);"
                    + " END LOOP; FOR i IN 1..60 LOOP"
                    + " EXECUTE format('CREATE VIEW v_%s AS SELECT x, pg_sleep(0.25)::text AS pause FROM generate_series(1, 1) x', i);"
                    + " END LOOP; END $$;");
            long source = register(admin, slug, db, "Big");
            Api.Reply requested = admin.post("/t/" + slug + "/api/v1/datasources/" + source + "/sync", "{}");
            assertEquals(202, requested.status(), requested.toString());
            long syncId = requested.json().getJsonNumber("id").longValue();
            String progress = "/t/" + slug + "/api/v1/datasources/" + source + "/syncs/" + syncId;
            long deadline = System.currentTimeMillis() + 120_000;
            JsonObject seen = admin.get(progress).json();
            while (seen.getInt("tablesDone") < 20 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
                seen = admin.get(progress).json();
            }
            assertEquals("running", seen.getString("status"), "the sync runs when the server dies: " + seen);
            assertTrue(seen.getInt("tablesDone") < 360, seen.toString());

            killAndStartServer();

            JsonObject done = awaitSync(admin, slug, source, syncId, 300);
            assertEquals("completed", done.getString("status"), done.toString());
            assertEquals(360, done.getInt("tablesTotal"));
            assertEquals(360, done.getInt("added"), "tables are counted once across the interruption: " + done);
            assertEquals(0, done.getInt("removed"));
            assertTrue(Database.count("SELECT attempts FROM tenant_" + slug + ".catalog_sync WHERE id = ?", syncId) >= 2,
                    "the sync was resumed, not started over by hand");
            assertEquals(360, Database.count("SELECT count(*) FROM tenant_" + slug + ".catalog_table WHERE data_source_id = ?",
                    source));
            assertEquals(360, Database.count("SELECT count(DISTINCT (schema_name, name)) FROM tenant_" + slug
                    + ".catalog_table"));
            assertEquals(300 * 4 + 60 * 2, Database.count("SELECT count(*) FROM tenant_" + slug + ".catalog_column"));
            assertEquals(360, tables(admin, slug, source).size());
            assertEquals("completed", admin.get("/t/" + slug + "/api/v1/jobs/" + done.getJsonNumber("jobId")).json()
                    .getString("status"));
        }
    }

    /** Kills the server process without a chance to clean up, starts the domain again and waits until it is healthy. */
    private static void killAndStartServer() throws Exception {
        Path domain = Path.of(System.getProperty("it.home"), "domains", "insightiq");
        long pid = Long.parseLong(Files.readString(domain.resolve("config/pid")).trim());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("No server process " + pid));
        server.destroyForcibly();
        server.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        Path passwordFile = Files.createTempFile("asadmin", ".pw");
        Files.writeString(passwordFile, "AS_ADMIN_PASSWORD=" + System.getProperty("it.console.password") + "\n");
        Process start = new ProcessBuilder(System.getProperty("it.asadmin"), "--user", "admin", "--passwordfile",
                passwordFile.toString(), "start-domain", "--domaindir", domain.getParent().toString(), "insightiq")
                .redirectErrorStream(true).start();
        String output = new String(start.getInputStream().readAllBytes());
        assertEquals(0, start.waitFor(), output);
        Files.delete(passwordFile);
        long deadline = System.currentTimeMillis() + 240_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                HttpResponse<String> health = Api.HTTP.send(HttpRequest.newBuilder(
                        URI.create(System.getProperty("it.health.url"))).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"broker\"")) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("InsightIQ was not healthy within 240 s of the start");
    }

    private static String catalogState(String slug) {
        return Database.count("SELECT count(*) FROM tenant_" + slug + ".glossary_term") + "/"
                + Database.count("SELECT count(*) FROM tenant_" + slug + ".catalog_sync") + "/"
                + Database.count("SELECT count(*) FROM tenant_" + slug + ".catalog_table WHERE display_name IS NOT NULL"
                + " OR description IS NOT NULL OR hidden") + "/"
                + Database.count("SELECT count(*) FROM tenant_" + slug + ".catalog_column WHERE display_name IS NOT NULL"
                + " OR semantic_type_override IS NOT NULL OR fk_override_column_id IS NOT NULL") + "/"
                + Database.count("SELECT count(*) FROM tenant_" + slug + ".data_source WHERE sync_schedule <> 'daily 02:00'");
    }

    /** A Set.of that reads well in assertEquals with a HashMap key set. */
    private static final class Set5 {
        static java.util.Set<String> of(String... names) {
            return java.util.Set.of(names);
        }
    }
}
