package com.insightiq.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform API end to end on the real EAR: health, OpenAPI, sign-in, tokens, lockout, tenants, members. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformApiIT {


    @Test
    void healthReportsDatabaseAndBroker() throws Exception {
        HttpResponse<String> health = Api.HTTP.send(
                HttpRequest.newBuilder(URI.create(System.getProperty("it.health.url"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), health.body());
        JsonObject body = Json.createReader(new java.io.StringReader(health.body())).readObject();
        assertEquals("UP", body.getString("status"));
        assertTrue(health.body().contains("\"database\"") && health.body().contains("\"broker\""), health.body());
    }

    @Test
    void theServerRootLeadsToInsightIq() throws Exception {
        String root = System.getProperty("it.health.url").replace("/health", "/");
        HttpResponse<String> page = Api.HTTP.send(HttpRequest.newBuilder(URI.create(root)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("url=/insightiq/"), page.body());
    }

    @Test
    void openApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> doc = Api.HTTP.send(
                HttpRequest.newBuilder(URI.create(System.getProperty("it.openapi.url"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, doc.statusCode());
        assertTrue(doc.body().contains("/api/v1/tenants") && doc.body().contains("/api/v1/members")
                && doc.body().contains("/api/v1/session"), doc.body());
    }

    @Test
    void signInGivesATokenThatSignOutRevokes() {
        Api admin = Api.platformAdmin();
        Api.Reply me = admin.get("/api/v1/me");
        assertEquals(200, me.status(), me.toString());
        assertTrue(me.json().getBoolean("platformAdmin"));
        assertTrue(me.body().contains("\"acme\""), "the first admin also administers the demo tenant: " + me);
        assertEquals(204, admin.delete("/api/v1/session").status());
        admin.get("/api/v1/me").isJsonError(401);
        assertEquals(201, admin.post("/api/v1/session", "{\"email\":\"" + System.getProperty("it.admin.email")
                + "\",\"password\":\"" + System.getProperty("it.admin.password") + "\"}").status(),
                "a stale token in the header does not stop signing in again");
    }

    @Test
    void withoutTokenTheApiAnswers401() {
        Api.anonymous().get("/api/v1/me").isJsonError(401);
        Api.anonymous().get("/t/acme/api/v1/members").isJsonError(401);
        Api.Reply forged = Api.signInWithToken("not-a-token").get("/api/v1/me");
        forged.isJsonError(401);
    }

    @Test
    void wrongPasswordIsRefusedAndFiveFailuresLockTheAccount() {
        Api platform = Api.platformAdmin();
        String slug = Tenancy.uniqueSlug("lock");
        String email = Tenancy.createTenant(platform, slug);
        String body = Json.createObjectBuilder().add("email", email).add("password", "not the password").build()
                .toString();
        for (int i = 1; i <= 4; i++) {
            assertEquals("Wrong e-mail or password.",
                    Api.anonymous().post("/api/v1/session", body).isJsonError(401).message());
        }
        Api.anonymous().post("/api/v1/session", body).isJsonError(429);
        String right = Json.createObjectBuilder().add("email", email).add("password", Tenancy.PASSWORD).build()
                .toString();
        Api.Reply locked = Api.anonymous().post("/api/v1/session", right).isJsonError(429);
        assertTrue(locked.message().contains("locked"), locked.toString());
    }

    @Test
    void withoutSmtpTheResetLinkIsLoggedAndSetsANewPassword() throws Exception {
        Api platform = Api.platformAdmin();
        String slug = Tenancy.uniqueSlug("reset");
        String email = Tenancy.createTenant(platform, slug);
        assertEquals(202, Api.anonymous().post("/api/v1/password-reset", "{\"email\":\"" + email + "\"}").status());
        assertEquals(202, Api.anonymous().post("/api/v1/password-reset", "{\"email\":\"nobody@nowhere.test\"}")
                .status(), "unknown addresses get the same answer");
        java.nio.file.Path log = java.nio.file.Path.of(System.getProperty("it.home"), "domains", "insightiq", "logs",
                "server.log");
        String token = null;
        for (int i = 0; i < 20 && token == null; i++) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("Password reset for " + java.util.regex.Pattern.quote(email)
                    + " .*?reset-password\\.xhtml\\?token=([A-Za-z0-9_-]+)").matcher(java.nio.file.Files.readString(log));
            while (m.find()) {
                token = m.group(1);
            }
            if (token == null) {
                Thread.sleep(250);
            }
        }
        assertTrue(token != null, "the reset link is in the server log");
        String newPassword = "A brand new passphrase 42";
        assertEquals(204, Api.anonymous().put("/api/v1/password-reset", "{\"token\":\"" + token
                + "\",\"password\":\"" + newPassword + "\"}").status());
        Api.anonymous().put("/api/v1/password-reset", "{\"token\":\"" + token + "\",\"password\":\"" + newPassword
                + "\"}").isJsonError(400);
        assertTrue(Api.signIn(email, newPassword).token().length() > 20);
        Api.anonymous().post("/api/v1/session", "{\"email\":\"" + email + "\",\"password\":\"" + Tenancy.PASSWORD
                + "\"}").isJsonError(401);
    }

    @Test
    void platformAdminCreatesSuspendsAndDeletesATenant() {
        Api platform = Api.platformAdmin();
        String slug = Tenancy.uniqueSlug("life");
        String admin = Tenancy.createTenant(platform, slug);
        assertTrue(Database.schemaExists("tenant_" + slug));
        assertEquals(1, Database.count("SELECT count(*) FROM information_schema.tables WHERE table_schema = ? "
                + "AND table_name = 'job_run'", "tenant_" + slug));
        assertTrue(platform.get("/api/v1/tenants").body().contains("\"" + slug + "\""));

        Api tenantAdmin = Api.signIn(admin, Tenancy.PASSWORD);
        assertEquals(200, tenantAdmin.get("/t/" + slug + "/api/v1/members").status());
        assertEquals("suspended", platform.put("/api/v1/tenants/" + slug, "{\"status\":\"suspended\"}").json()
                .getString("status"));
        tenantAdmin.get("/t/" + slug + "/api/v1/members").isJsonError(403);
        platform.put("/api/v1/tenants/" + slug, "{\"status\":\"active\"}");
        assertEquals(200, tenantAdmin.get("/t/" + slug + "/api/v1/members").status());

        platform.delete("/api/v1/tenants/" + slug).isJsonError(400);
        platform.delete("/api/v1/tenants/" + slug + "?confirm=wrong").isJsonError(400);
        assertTrue(Database.schemaExists("tenant_" + slug), "a refused delete keeps the data");
        assertEquals(204, platform.delete("/api/v1/tenants/" + slug + "?confirm=" + slug).status());
        assertFalse(Database.schemaExists("tenant_" + slug));
        assertFalse(Database.tenantRowExists(slug));
        tenantAdmin.get("/t/" + slug + "/api/v1/members").isJsonError(404);
    }

    @Test
    void tenantHostNamesResolveTheTenant() throws Exception {
        Api platform = Api.platformAdmin();
        String slug = Tenancy.uniqueSlug("host");
        String admin = Tenancy.createTenant(platform, slug);
        String host = slug.replace('_', '-') + ".insightiq.test";
        platform.put("/api/v1/tenants/" + slug, "{\"hosts\":[\"" + host + "\"]}");
        Api tenantAdmin = Api.signIn(admin, Tenancy.PASSWORD);
        // failsafe sets jdk.httpclient.allowRestrictedHeaders=host so the request can name the tenant's host.
        HttpRequest request = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/members"))
                .header("Authorization", "Bearer " + tenantAdmin.token()).header("Host", host).build();
        HttpResponse<String> response = Api.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains(admin), response.body());
        HttpRequest unknown = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/members"))
                .header("Authorization", "Bearer " + tenantAdmin.token()).header("Host", "nobody.insightiq.test").build();
        HttpResponse<String> none = Api.HTTP.send(unknown, HttpResponse.BodyHandlers.ofString());
        assertEquals(404, none.statusCode(), "an unregistered host names no tenant: " + none.body());
    }

    @Test
    void tenantAdminsManageMembersAndKeepOneAdmin() {
        Api platform = Api.platformAdmin();
        String slug = Tenancy.uniqueSlug("crew");
        String adminEmail = Tenancy.createTenant(platform, slug);
        Api admin = Api.signIn(adminEmail, Tenancy.PASSWORD);
        long viewerId = Tenancy.addMember(admin, slug, "viewer@" + slug.replace('_', '-') + ".test", "viewer");
        Api viewer = Api.signIn("viewer@" + slug.replace('_', '-') + ".test", Tenancy.PASSWORD);
        assertEquals(200, viewer.get("/api/v1/me").status());
        viewer.post("/t/" + slug + "/api/v1/members", "{\"email\":\"x@y.test\",\"role\":\"admin\"}").isJsonError(403);
        viewer.get("/t/" + slug + "/api/v1/members").isJsonError(403);

        assertEquals("analyst", admin.put("/t/" + slug + "/api/v1/members/" + viewerId, "{\"role\":\"analyst\"}")
                .json().getString("role"));
        long adminMembership = admin.get("/t/" + slug + "/api/v1/members").array().stream()
                .map(v -> v.asJsonObject()).filter(m -> m.getString("email").equals(adminEmail))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        admin.put("/t/" + slug + "/api/v1/members/" + adminMembership, "{\"role\":\"viewer\"}").isJsonError(409);
        admin.delete("/t/" + slug + "/api/v1/members/" + adminMembership).isJsonError(409);
        admin.post("/t/" + slug + "/api/v1/members", "{\"email\":\"" + adminEmail + "\",\"role\":\"viewer\"}")
                .isJsonError(409);
        assertEquals(204, admin.delete("/t/" + slug + "/api/v1/members/" + viewerId).status());
        admin.get("/t/" + slug + "/api/v1/members/" + viewerId).isJsonError(404);
    }

    @Test
    void onlyPlatformAdminsManageTenants() {
        Api platform = Api.platformAdmin();
        String slug = Tenancy.uniqueSlug("plain");
        Api tenantAdmin = Api.signIn(Tenancy.createTenant(platform, slug), Tenancy.PASSWORD);
        tenantAdmin.get("/api/v1/tenants").isJsonError(403);
        tenantAdmin.post("/api/v1/tenants", "{\"slug\":\"sneaky\",\"name\":\"S\",\"adminEmail\":\"a@b.test\","
                + "\"adminPassword\":\"" + Tenancy.PASSWORD + "\"}").isJsonError(403);
        tenantAdmin.delete("/api/v1/tenants/acme?confirm=acme").isJsonError(403);
        assertTrue(Database.tenantRowExists("acme"));
        assertFalse(Database.tenantRowExists("sneaky"));
    }
}
