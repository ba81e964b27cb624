package com.insightiq.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data sources through the REST API against real PostgreSQL databases: create, read, update, delete, connection tests
 * with understandable errors, secrets sealed at rest and never returned or logged, and the host policy.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataSourcesIT {


    @Test
    void lifecycleWithSecretsThatNeverComeBack() throws Exception {
        String slug = Tenancy.uniqueSlug("ds");
        Api admin = Api.signIn(Tenancy.createTenant(Api.platformAdmin(), slug), Tenancy.PASSWORD);
        String api = "/t/" + slug + "/api/v1/datasources";
        try (SourceFixtures.Fixture db = SourceFixtures.postgres("dsit")) {
            Api.Reply created = admin.post(api, db.body("Sales").build().toString());
            assertEquals(201, created.status(), created.toString());
            JsonObject source = created.json();
            long id = source.getJsonNumber("id").longValue();
            assertEquals("postgresql", source.getString("engine"));
            assertTrue(source.getBoolean("hasPassword"));
            assertFalse(source.getBoolean("allowWrites"), "writes are off unless asked for");
            assertFalse(created.body().contains(db.password()), "the password is write-only");
            assertFalse(source.containsKey("password"));

            // at rest: ciphertext only, never the plaintext, in any column
            try (Connection c = Database.connect(); PreparedStatement ps = c.prepareStatement(
                    "SELECT password_secret, d::text FROM tenant_" + slug + ".data_source d WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    byte[] sealed = rs.getBytes(1);
                    assertTrue(sealed.length > db.password().length(), "AES-GCM adds nonce and tag");
                    assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains(db.password()));
                    assertFalse(rs.getString(2).contains(db.password()));
                }
            }

            String list = admin.get(api).body();
            assertTrue(list.contains("\"Sales\""));
            assertFalse(list.contains(db.password()));
            assertFalse(admin.get(api + "/" + id).body().contains(db.password()));

            // the stored password works: test the saved source without sending it again
            JsonObject check = admin.post(api + "/" + id + "/test",
                    db.body("Sales").remove("password").build().toString()).json();
            assertTrue(check.getBoolean("ok"), check.toString());
            assertTrue(check.getString("serverVersion").startsWith("PostgreSQL"));

            // edit without a password keeps it; the version moves on
            Api.Reply renamed = admin.put(api + "/" + id, db.body("Sales EU").remove("password").build().toString());
            assertEquals(200, renamed.status(), renamed.toString());
            assertTrue(renamed.json().getBoolean("hasPassword"));
            assertNotEquals(source.getInt("version"), renamed.json().getInt("version"));
            assertTrue(admin.post(api + "/" + id + "/test", db.body("Sales EU").remove("password").build().toString())
                    .json().getBoolean("ok"));

            admin.post(api, db.body("sales eu").build().toString()).isJsonError(409);

            assertEquals(204, admin.delete(api + "/" + id).status());
            admin.get(api + "/" + id).isJsonError(404);
            assertEquals(0, Database.count("SELECT count(*) FROM tenant_" + slug + ".data_source"));
            assertFalse(serverLog().contains(db.password()), "the password must never be logged");
        }
    }

    @Test
    void connectionTestsSayWhatIsWrong() throws Exception {
        String slug = Tenancy.uniqueSlug("dstest");
        Api admin = Api.signIn(Tenancy.createTenant(Api.platformAdmin(), slug), Tenancy.PASSWORD);
        String test = "/t/" + slug + "/api/v1/datasources/test";
        try (SourceFixtures.Fixture db = SourceFixtures.postgres("dscheck");
             ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = silentServer(silent);
            assertTrue(check(admin, test, db.body("ok")).getBoolean("ok"));
            assertProblem(check(admin, test, db.body("x").add("password", "wrong")), "wrong-credentials", "password");
            assertProblem(check(admin, test, db.body("x").add("database", "no_such_db")), "database-missing",
                    "no_such_db");
            assertProblem(check(admin, test, db.body("x").add("host", "no-such-host.invalid")), "unknown-host",
                    "no-such-host.invalid");
            assertProblem(check(admin, test, db.body("x").add("port", closedPort())), "port-closed", "port");
            assertProblem(check(admin, test, db.body("x").add("port", silent.getLocalPort())), "timeout", "");
            // a target the host policy refuses is not tried at all: the request itself is refused
            assertTrue(admin.post(test, db.body("x").add("database", "insightiq").build().toString())
                    .isJsonError(400).message().contains("own database"));
            acceptor.interrupt();
        }
        assertEquals(0, Database.count("SELECT count(*) FROM tenant_" + slug + ".data_source"), "tests save nothing");
    }

    @Test
    void theApplicationsOwnDatabaseIsRefused() {
        String slug = Tenancy.uniqueSlug("dsown");
        Api admin = Api.signIn(Tenancy.createTenant(Api.platformAdmin(), slug), Tenancy.PASSWORD);
        String api = "/t/" + slug + "/api/v1/datasources";
        try (SourceFixtures.Fixture db = SourceFixtures.postgres("dsown")) {
            for (String host : List.of("127.0.0.1", "localhost", "127.0.0.2")) {
                String message = admin.post(api, db.body("own").add("host", host).add("database", "insightiq")
                        .add("username", "insightiq").build().toString()).isJsonError(400).message();
                assertTrue(message.contains("own database"), message);
            }
        }
        assertEquals(0, Database.count("SELECT count(*) FROM tenant_" + slug + ".data_source"));
    }

    @Test
    void viewersCannotManageAndAnalystsCan() {
        String slug = Tenancy.uniqueSlug("dsrole");
        Api admin = Api.signIn(Tenancy.createTenant(Api.platformAdmin(), slug), Tenancy.PASSWORD);
        String domain = slug.replace('_', '-') + ".test";
        Tenancy.addMember(admin, slug, "viewer@" + domain, "viewer");
        Tenancy.addMember(admin, slug, "analyst@" + domain, "analyst");
        Api viewer = Api.signIn("viewer@" + domain, Tenancy.PASSWORD);
        Api analyst = Api.signIn("analyst@" + domain, Tenancy.PASSWORD);
        String api = "/t/" + slug + "/api/v1/datasources";
        try (SourceFixtures.Fixture db = SourceFixtures.postgres("dsrole")) {
            viewer.post(api, db.body("v").build().toString()).isJsonError(403);
            viewer.post(api + "/test", db.body("v").build().toString()).isJsonError(403);
            viewer.get(api).isJsonError(403);
            assertEquals(201, analyst.post(api, db.body("a").build().toString()).status());
        }
    }

    @Test
    void tenantAdminsBoundThePoolsWithinTheOperatorsCeiling() {
        String slug = Tenancy.uniqueSlug("dspool");
        Api admin = Api.signIn(Tenancy.createTenant(Api.platformAdmin(), slug), Tenancy.PASSWORD);
        String other = Tenancy.uniqueSlug("dspoolx");
        Api otherAdmin = Api.signIn(Tenancy.createTenant(Api.platformAdmin(), other), Tenancy.PASSWORD);
        String domain = slug.replace('_', '-') + ".test";
        Tenancy.addMember(admin, slug, "analyst@" + domain, "analyst");
        Api analyst = Api.signIn("analyst@" + domain, Tenancy.PASSWORD);
        String settings = "/t/" + slug + "/api/v1/settings/connections";

        JsonObject defaults = admin.get(settings).json();
        assertEquals(5, defaults.getInt("maxPoolSize"), "five connections per source by default");
        int ceiling = defaults.getInt("poolSizeCeiling");
        assertEquals(2, admin.put(settings, "{\"maxPoolSize\":2}").json().getInt("maxPoolSize"));
        assertEquals(2, admin.get(settings).json().getInt("maxPoolSize"));
        admin.put(settings, "{\"maxPoolSize\":0}").isJsonError(400);
        admin.put(settings, "{\"maxPoolSize\":" + (ceiling + 1) + "}").isJsonError(400);
        admin.put(settings, "{\"maxPoolSize\":\"many\"}").isJsonError(400);
        analyst.put(settings, "{\"maxPoolSize\":20}").isJsonError(403);
        otherAdmin.put(settings, "{\"maxPoolSize\":20}").isJsonError(403);
        otherAdmin.get(settings).isJsonError(403);
        assertEquals(2, admin.get(settings).json().getInt("maxPoolSize"));
        assertEquals(5, otherAdmin.get("/t/" + other + "/api/v1/settings/connections").json().getInt("maxPoolSize"));
    }

    @Test
    void aSuspendedTenantKeepsNoConnectionsOpen() throws Exception {
        Api platform = Api.platformAdmin();
        String slug = Tenancy.uniqueSlug("dsclose");
        Api admin = Api.signIn(Tenancy.createTenant(platform, slug), Tenancy.PASSWORD);
        try (SourceFixtures.Fixture db = SourceFixtures.postgres("dsclose")) {
            db.execute("CREATE TABLE t (id int PRIMARY KEY); GRANT SELECT ON t TO " + db.user());
            String api = "/t/" + slug + "/api/v1/datasources";
            long id = admin.post(api, db.body("Pooled").build().toString()).json().getJsonNumber("id").longValue();
            long deadline = System.currentTimeMillis() + 60_000;
            while (!admin.get(api + "/" + id + "/syncs").body().contains("\"completed\"")) {
                assertTrue(System.currentTimeMillis() < deadline, "the first sync finishes");
                Thread.sleep(500);
            }
            String open = "SELECT count(*) FROM pg_stat_activity WHERE usename = '" + db.user() + "'";
            assertTrue(Database.count(open) > 0, "the sync left a pooled connection open");

            assertEquals(200, platform.put("/api/v1/tenants/" + slug, "{\"status\":\"suspended\"}").status());
            deadline = System.currentTimeMillis() + 15_000;
            while (Database.count(open) > 0) {
                assertTrue(System.currentTimeMillis() < deadline, "the pool is closed when the tenant is suspended");
                Thread.sleep(300);
            }
        }
    }

    @Test
    void anotherTenantCannotReachTheSourcesById() {
        Api platform = Api.platformAdmin();
        String acme = Tenancy.uniqueSlug("dsacme");
        String globex = Tenancy.uniqueSlug("dsglobex");
        Api acmeAdmin = Api.signIn(Tenancy.createTenant(platform, acme), Tenancy.PASSWORD);
        Api globexAdmin = Api.signIn(Tenancy.createTenant(platform, globex), Tenancy.PASSWORD);
        try (SourceFixtures.Fixture db = SourceFixtures.postgres("dsiso")) {
            String a = "/t/" + acme + "/api/v1/datasources";
            String g = "/t/" + globex + "/api/v1/datasources";
            long id = acmeAdmin.post(a, db.body("Acme sales").build().toString()).json().getJsonNumber("id").longValue();
            String body = db.body("stolen").build().toString();

            globexAdmin.get(a).isJsonError(403);
            globexAdmin.get(a + "/" + id).isJsonError(403);
            globexAdmin.put(a + "/" + id, body).isJsonError(403);
            globexAdmin.delete(a + "/" + id).isJsonError(403);
            globexAdmin.post(a + "/" + id + "/test", body).isJsonError(403);
            globexAdmin.post(a + "/test", body).isJsonError(403);

            globexAdmin.get(g + "/" + id).isJsonError(404);
            globexAdmin.put(g + "/" + id, body).isJsonError(404);
            globexAdmin.delete(g + "/" + id).isJsonError(404);
            globexAdmin.post(g + "/" + id + "/test", db.body("stolen").remove("password").build().toString())
                    .isJsonError(404);
            assertEquals("[]", globexAdmin.get(g).body());

            assertEquals("Acme sales", acmeAdmin.get(a + "/" + id).json().getString("name"));
            assertEquals(0, Database.count("SELECT count(*) FROM tenant_" + globex + ".data_source"));
        }
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        String slug = Tenancy.uniqueSlug("dsbad");
        Api admin = Api.signIn(Tenancy.createTenant(Api.platformAdmin(), slug), Tenancy.PASSWORD);
        String api = "/t/" + slug + "/api/v1/datasources";
        try (SourceFixtures.Fixture db = SourceFixtures.postgres("dsbad")) {
            long id = admin.post(api, db.body("good").build().toString()).json().getJsonNumber("id").longValue();
            List<String> bodies = new ArrayList<>(List.of(
                    db.body("x").add("port", 0).build().toString(),
                    db.body("x").add("port", 70000).build().toString(),
                    db.body("x").add("port", "abc").build().toString(),
                    db.body("n".repeat(10_000)).build().toString(),
                    db.body("bell\u0007name").build().toString(),
                    db.body("x").add("host", "db.example?socketFactory=org.example.Evil").build().toString(),
                    db.body("x").add("host", "db.example:5432/other").build().toString(),
                    db.body("x").add("host", "db.example;user=sa").build().toString(),
                    db.body("x").add("database", "sales?sslfactory=org.example.Evil").build().toString(),
                    db.body("x").add("database", "sales;encrypt=false").build().toString(),
                    db.body("x").add("database", "d\r\nb").build().toString(),
                    db.body("x").add("username", "u".repeat(10_000)).build().toString(),
                    db.body("x").add("engine", "oracle").build().toString(),
                    db.body("x").add("sslMode", "sometimes").build().toString(),
                    db.body("x").add("options", Json.createObjectBuilder()
                            .add("socketFactory", "org.example.Evil")).build().toString(),
                    db.body("x").add("options", Json.createObjectBuilder()
                            .add("sslfactory", "org.example.Evil")).build().toString(),
                    db.body("x").add("options", Json.createObjectBuilder()
                            .add("password", "override")).build().toString(),
                    db.body("x").add("options", Json.createObjectBuilder().add("a", 1)).build().toString(),
                    db.body("x").add("ssh", Json.createObjectBuilder().add("host", "bastion.example")
                            .add("user", "tunnel")).build().toString(),
                    db.body("x").add("surprise", true).build().toString(),
                    db.body("x").remove("host").build().toString(),
                    "{\"name\":",
                    "[]",
                    ""));
            for (String body : bodies) {
                Api.Reply reply = admin.post(api, body);
                if (reply.status() != 400) {
                    throw new AssertionError("Expected 400 for " + abbreviate(body) + " but got " + reply);
                }
                reply.isJsonError(400);
                reply = admin.put(api + "/" + id, body);
                if (reply.status() != 400) {
                    throw new AssertionError("Expected 400 on update for " + abbreviate(body) + " but got " + reply);
                }
                admin.post(api + "/test", body).isJsonError(400);
            }
            assertEquals(1, Database.count("SELECT count(*) FROM tenant_" + slug + ".data_source"));
            assertEquals("good", admin.get(api + "/" + id).json().getString("name"));
            admin.get(api + "/abc").isJsonError(404);
            admin.get(api + "/99999999").isJsonError(404);
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 120 ? body.substring(0, 120) + "…" : body;
    }

    private static JsonObject check(Api admin, String path, jakarta.json.JsonObjectBuilder body) {
        Api.Reply reply = admin.post(path, body.build().toString());
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    private static void assertProblem(JsonObject result, String problem, String mentioned) {
        assertFalse(result.getBoolean("ok"), result.toString());
        assertEquals(problem, result.getString("problem"), result.toString());
        String message = result.getString("message");
        assertTrue(message.contains(mentioned), message);
        assertFalse(message.contains("PSQLException") || message.contains("FATAL"), "no raw driver text: " + message);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Accepts connections and never answers, like a firewall that swallows packets. */
    private static Thread silentServer(ServerSocket server) {
        Thread thread = new Thread(() -> {
            List<Socket> held = new ArrayList<>();
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    held.add(server.accept());
                }
            } catch (IOException ignored) {
                // closed at the end of the test
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static String serverLog() throws IOException {
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
