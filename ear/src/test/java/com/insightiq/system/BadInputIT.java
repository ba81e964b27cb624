package com.insightiq.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Malformed, mistyped, unknown, oversized and hostile input on every endpoint of the foundation: always a 4xx JSON
 * error a person understands, and nothing written.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {
    private static String slug;
    private static long memberId;

    /** Writing endpoints and a valid-looking body for each. */
    private static List<String[]> writes() {
        return List.of(
                new String[] {"POST", "/api/v1/session", "{\"email\":\"a@b.test\",\"password\":\"x\"}"},
                new String[] {"POST", "/api/v1/tenants", "{\"slug\":\"ok_slug\",\"name\":\"N\",\"adminEmail\":\"a@b.test\",\"adminPassword\":\"" + Tenancy.PASSWORD + "\"}"},
                new String[] {"PUT", "/api/v1/tenants/" + slug, "{\"name\":\"N\"}"},
                new String[] {"PUT", "/api/v1/me", "{\"name\":\"N\",\"timeZone\":\"UTC\"}"},
                new String[] {"POST", "/t/" + slug + "/api/v1/members", "{\"email\":\"new@b.test\",\"role\":\"viewer\"}"},
                new String[] {"PUT", "/t/" + slug + "/api/v1/members/" + memberId, "{\"role\":\"viewer\"}"},
                new String[] {"POST", "/t/" + slug + "/api/v1/jobs", "{\"job\":\"tenant-usage-report\"}"},
                new String[] {"POST", "/api/v1/password-reset", "{\"email\":\"a@b.test\"}"},
                new String[] {"PUT", "/api/v1/password-reset", "{\"token\":\"t\",\"password\":\"p\"}"});
    }


    @BeforeAll
    static void tenant() {
        slug = Tenancy.uniqueSlug("bad");
        Api platform = Api.platformAdmin();
        Api admin = Api.signIn(Tenancy.createTenant(platform, slug), Tenancy.PASSWORD);
        memberId = Tenancy.addMember(admin, slug, "member@" + slug.replace('_', '-') + ".test", "analyst");
    }

    @Test
    void malformedJsonWrongTypesUnknownFieldsAndMissingBodiesAre400() {
        Api platform = Api.platformAdmin();
        String before = Database.fingerprint();
        for (String[] w : writes()) {
            String where = w[0] + " " + w[1];
            platform.send(w[0], w[1], "{\"email\": ", "application/json").isJsonError(400);
            platform.send(w[0], w[1], "[1,2,3]", "application/json").isJsonError(400);
            platform.send(w[0], w[1], w[2].replaceFirst("\\{\"(\\w+)\":", "{\"$1\":{\"nested\":[1]},\"x\":"),
                    "application/json").isJsonError(400);
            platform.send(w[0], w[1], w[2].replaceFirst("\\{", "{\"unexpectedField\":1,"), "application/json")
                    .isJsonError(400);
            platform.send(w[0], w[1], null, "application/json").isJsonError(400);
            Api.Reply text = platform.send(w[0], w[1], w[2], "text/plain");
            text.isJsonError(415);
            assertEquals(before, Database.fingerprint(), "nothing written by bad input to " + where);
        }
    }

    @Test
    void bodiesOverOneMegabyteAre413() {
        Api platform = Api.platformAdmin();
        String before = Database.fingerprint();
        String huge = "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";
        for (String[] w : writes()) {
            // Announced by Content-Length: refused before the body is read (the client waits for 100-continue).
            platform.sendExpectingContinue(w[0], w[1], huge).isJsonError(413);
            // Streamed without a length: refused while reading, at the first byte past 1 MB.
            platform.sendChunked(w[0], w[1], "{\"name\":\"" + "x".repeat(1_049_000) + "\"}").isJsonError(413);
        }
        assertEquals(before, Database.fingerprint());
    }

    @Test
    void hostileSlugsAreRefusedWhenCreating() {
        Api platform = Api.platformAdmin();
        String before = Database.fingerprint();
        for (String hostile : List.of("../", "..", "public", "pg_catalog", "pg_toast", "information_schema",
                "control", "x'; DROP SCHEMA control CASCADE; --", "tenant\"; drop", "über", "ACME", "a",
                "x".repeat(40), "1abc", "", " acme", "acme/../globex", "\u0430cme")) {
            Api.Reply reply = platform.post("/api/v1/tenants", "{\"slug\":" + jsonString(hostile)
                    + ",\"name\":\"Hostile\",\"adminEmail\":\"h@hostile.test\",\"adminPassword\":\"" + Tenancy.PASSWORD + "\"}");
            reply.isJsonError(400);
        }
        assertEquals(before, Database.fingerprint());
        assertFalse(Database.schemaExists("tenant_public"));
        assertEquals(1, Database.count("SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'control'"));
    }

    @Test
    void hostileSlugsInUrlsAre404() {
        Api platform = Api.platformAdmin();
        // An encoded slash (%2F) or NUL (%00) never reaches the application: Payara's HTTP listener refuses it first
        // (HTML 404 / empty 400). Shiro refuses ';' and '\' in URLs with 400, the tenant filter unknown tenants with
        // 404: JSON either way.
        for (String hostile : List.of("public", "pg_catalog", "%27%3B%20DROP%20SCHEMA%20control", "%C3%BCber", "ACME",
                "does_not_exist", "%2e%2e", "tenant_acme")) {
            try {
                for (String path : List.of("/t/" + hostile + "/api/v1/members", "/api/v1/tenants/" + hostile)) {
                    Api.Reply reply = platform.get(path);
                    if (reply.status() != 400 && reply.status() != 404) {
                        throw new AssertionError(path + " answered " + reply);
                    }
                    reply.isJsonError(reply.status());
                }
            } catch (AssertionError e) {
                throw new AssertionError("slug " + hostile + ": " + e.getMessage(), e);
            }
        }
        platform.get("/api/v1/members").isJsonError(404);
        platform.get("/t/" + slug + "/api/v1/members/not-a-number").isJsonError(404);
        platform.get("/t/" + slug + "/api/v1/nothing-here").isJsonError(404);
    }

    @Test
    void businessRulesAnswerWithSentences() {
        Api platform = Api.platformAdmin();
        Api tenantAdmin = Api.signIn("admin@" + slug.replace('_', '-') + ".test", Tenancy.PASSWORD);
        Api.Reply weak = platform.post("/api/v1/tenants", "{\"slug\":\"" + Tenancy.uniqueSlug("weak")
                + "\",\"name\":\"W\",\"adminEmail\":\"w@weak.test\",\"adminPassword\":\"short\"}").isJsonError(400);
        assertEquals("adminPassword: The password must be at least 10 characters long.", weak.message());
        platform.post("/api/v1/tenants", "{\"slug\":\"" + slug + "\",\"name\":\"Again\",\"adminEmail\":\"a@b.test\","
                + "\"adminPassword\":\"" + Tenancy.PASSWORD + "\"}").isJsonError(409);
        tenantAdmin.put("/t/" + slug + "/api/v1/members/" + memberId, "{\"role\":\"owner\"}").isJsonError(400);
        tenantAdmin.post("/t/" + slug + "/api/v1/members", "{\"email\":\"not-an-address\",\"role\":\"viewer\"}")
                .isJsonError(400);
        platform.put("/api/v1/me", "{\"name\":\"Me\",\"timeZone\":\"Mars/Olympus\"}").isJsonError(400);
        tenantAdmin.post("/t/" + slug + "/api/v1/jobs", "{\"job\":\"rm -rf /\"}").isJsonError(400);
        platform.put("/api/v1/password-reset", "{\"token\":\"forged\",\"password\":\"" + Tenancy.PASSWORD + "\"}")
                .isJsonError(400);
    }

    private static String jsonString(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }
}
