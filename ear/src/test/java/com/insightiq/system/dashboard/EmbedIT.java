package com.insightiq.system.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signed embedding: a tenant admin reads the secret and turns embedding on; a JWT signed with that secret opens the
 * dashboard with its locked filter applied and hidden; a bad signature, an expired token, {@code none}, another
 * tenant, embedding turned off or a rotated secret: 404 with the same sentence and nothing more.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmbedIT {
    static final String FILTERS = "[{\"id\":\"region\",\"name\":\"Region\",\"type\":\"category\"},"
            + "{\"id\":\"created\",\"name\":\"Created\",\"type\":\"date\"}]";
    static final String INVALID = "Invalid or expired embedding token.";


    static String claims(String tenant, long dashboard, String params, long expiresIn) {
        return "{\"tenant\":\"" + tenant + "\",\"resource\":{\"dashboard\":" + dashboard + "},\"params\":" + params
                + ",\"exp\":" + (Instant.now().getEpochSecond() + expiresIn) + "}";
    }

    static void refused(String jwt) {
        Api anyone = Api.anonymous();
        String base = "/api/v1/embed/dashboards/" + jwt;
        assertEquals(INVALID, anyone.get(base).isJsonError(404).message());
        anyone.post(base + "/run", "{}").isJsonError(404);
        anyone.get(base + "/filters/created/choices").isJsonError(404);
    }

    @Test
    void aTokenSignedWithTheTenantsSecretOpensTheDashboardWithItsLockedFilterHidden() {
        try (SharingTenant acme = SharingTenant.create("embacme");
             SharingTenant globex = SharingTenant.create("embglob")) {
            long dashboard = acme.dashboard("Regional sales", FILTERS);
            long card = acme.textCard(dashboard, 0, "Sales in **{{region}}**");
            String secretUrl = acme.api("/settings/embedding-secret");
            String embedding = acme.api("/dashboards/" + dashboard + "/embedding");

            Api analyst = acme.member("analyst", "anna");
            analyst.get(secretUrl).isJsonError(403);
            analyst.post(secretUrl + "/rotate", "").isJsonError(403);
            analyst.put(embedding, "{\"enabled\":true}").isJsonError(403);
            globex.admin.get(secretUrl).isJsonError(403);
            globex.admin.put(embedding, "{\"enabled\":true}").isJsonError(403);

            String secret = acme.admin.get(secretUrl).json().getString("secret");
            assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), secret);
            assertEquals(secret, acme.admin.get(secretUrl).json().getString("secret"), "made once, then kept");
            String locked = "{\"region\":\"north\"}";
            String jwt = SharingTenant.hs256(claims(acme.slug, dashboard, locked, 600), secret);
            refused(jwt); // embedding not on yet

            acme.admin.put(embedding, "{\"enabled\":\"yes\"}").isJsonError(400);
            acme.admin.put(embedding, "{}").isJsonError(400);
            Api.Reply on = acme.admin.put(embedding, "{\"enabled\":true}");
            assertEquals(200, on.status(), on::toString);
            assertTrue(on.json().getBoolean("embeddingEnabled"), on::toString);

            Api anyone = Api.anonymous();
            String base = "/api/v1/embed/dashboards/" + jwt;
            Api.Reply page = anyone.get(base);
            assertEquals(200, page.status(), page::toString);
            JsonObject shown = page.json();
            assertEquals("Regional sales", shown.getString("name"));
            assertEquals(List.of("created"), shown.getJsonArray("filters").stream()
                    .map(f -> f.asJsonObject().getString("id")).toList(), "the locked filter is hidden");
            assertFalse(page.body().contains(secret));
            anyone.get(base + "/filters/region/choices").isJsonError(404);
            Api.Reply run = anyone.post(base + "/cards/" + card + "/run", "{\"filters\":{\"region\":\"south\"}}");
            assertEquals("ok", run.json().getString("status"), run::toString);
            assertTrue(run.json().getString("html").contains("north") && !run.body().contains("south"),
                    "the locked value wins: " + run);
            Api.Reply all = anyone.post(base + "/run", "{\"filters\":{\"region\":\"south\"}}");
            assertEquals(200, all.status(), all::toString);
            assertEquals(1, all.body().strip().split("\n").length, all::toString);
            assertTrue(all.body().contains("north") && !all.body().contains("south"), all::toString);

            long other = acme.dashboard("Not embedded", "[]");
            refused(SharingTenant.hs256(claims(acme.slug, other, "{}", 600), secret));
            refused(SharingTenant.hs256(claims(acme.slug, dashboard, locked, -120), secret));
            refused(SharingTenant.hs256(claims(acme.slug, dashboard, "{\"region\":42}", 600), secret));
            refused(SharingTenant.hs256(claims(acme.slug, dashboard, "{\"nosuch\":\"x\"}", 600), secret));
            refused(SharingTenant.hs256(claims(acme.slug, dashboard, locked, 600), secret + "x"));
            refused(SharingTenant.jwt("{\"alg\":\"none\"}", claims(acme.slug, dashboard, locked, 600), secret));
            refused(SharingTenant.jwt("{\"alg\":\"HS512\"}", claims(acme.slug, dashboard, locked, 600), secret));
            String[] parts = jwt.split("\\.");
            refused(parts[0] + "." + parts[1] + ".");
            refused(parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                    claims(acme.slug, dashboard, "{\"region\":\"south\"}", 600).getBytes()) + "." + parts[2]);
            anyone.post(base + "/cards/" + card + "/run", "{\"filters\": [").isJsonError(400);

            String globexSecret = globex.admin.get(globex.api("/settings/embedding-secret")).json().getString("secret");
            refused(SharingTenant.hs256(claims(acme.slug, dashboard, locked, 600), globexSecret));
            refused(SharingTenant.hs256(claims(globex.slug, dashboard, locked, 600), globexSecret));

            assertEquals(200, acme.admin.put(embedding, "{\"enabled\":false}").status());
            refused(jwt);
            assertEquals(200, acme.admin.put(embedding, "{\"enabled\":true}").status());
            assertEquals(200, anyone.get(base).status());

            String rotated = acme.admin.post(secretUrl + "/rotate", "").json().getString("secret");
            assertNotEquals(secret, rotated);
            refused(jwt);
            assertEquals(200, anyone.get("/api/v1/embed/dashboards/"
                    + SharingTenant.hs256(claims(acme.slug, dashboard, locked, 600), rotated)).status());
        }
    }
}
