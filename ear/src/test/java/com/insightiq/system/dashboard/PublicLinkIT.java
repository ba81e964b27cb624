package com.insightiq.system.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import com.insightiq.system.Database;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A public link opens one dashboard without signing in and shows nothing beyond it (no question ids, no SQL, no other
 * dashboard's cards); it is 404 the moment it is revoked, while the dashboard is in the trash or the tenant suspended;
 * only those who may edit the dashboard share it, and nobody outside the tenant.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicLinkIT {
    static final String FILTERS = "[{\"id\":\"region\",\"name\":\"Region\",\"type\":\"category\"}]";
    static final String SQL = "SELECT region, SUM(amount) AS total FROM sales /* marker-sql-7731 */ GROUP BY region";


    @Test
    void aPublicLinkShowsOnlyItsDashboardAndDiesWhenRevoked() {
        try (SharingTenant acme = SharingTenant.create("pubacme")) {
            long shared = acme.dashboard("Shared sales", FILTERS);
            long text = acme.textCard(shared, 0, "Sales in **{{region}}**");
            long question = acme.questionCard(shared, 2, SQL);
            long other = acme.dashboard("Private margins", "[]");
            long otherCard = acme.textCard(other, 0, "Margins are secret");
            String link = acme.api("/dashboards/" + shared + "/public-link");

            Api viewer = acme.member("viewer", "vera");
            viewer.post(link, "").isJsonError(403);
            viewer.delete(link).isJsonError(403);

            Api.Reply created = acme.admin.post(link, "");
            assertEquals(200, created.status(), created::toString);
            String token = created.json().getString("token");
            assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
            assertTrue(created.json().getString("url").endsWith("/public/dashboard/" + token), created::toString);
            assertEquals(token, acme.admin.post(link, "").json().getString("token"), "sharing again: same link");

            Api anyone = Api.anonymous();
            String base = "/api/v1/public/dashboards/" + token;
            Api.Reply page = anyone.get(base);
            assertEquals(200, page.status(), page::toString);
            JsonObject dashboard = page.json();
            assertEquals("Shared sales", dashboard.getString("name"));
            assertEquals(2, dashboard.getJsonArray("cards").size());
            for (JsonValue card : dashboard.getJsonArray("cards")) {
                assertFalse(card.asJsonObject().containsKey("questionId"), card::toString);
                assertFalse(card.asJsonObject().containsKey("click"), "opening a question is not offered: " + card);
            }
            assertEquals(List.of("region"), dashboard.getJsonArray("filters").stream()
                    .map(f -> f.asJsonObject().getString("id")).toList());
            for (String secret : List.of("marker-sql-7731", "SUM(amount)", token, "Private margins",
                    "Margins are secret", "ownerName", "collectionId")) {
                assertFalse(page.body().contains(secret), secret + " leaks: " + page.body());
            }

            Api.Reply textRun = anyone.post(base + "/cards/" + text + "/run", "{\"filters\":{\"region\":\"north\"}}");
            assertEquals(200, textRun.status(), textRun::toString);
            assertEquals("ok", textRun.json().getString("status"), textRun::toString);
            assertTrue(textRun.json().getString("html").contains("north"), textRun::toString);
            Api.Reply questionRun = anyone.post(base + "/cards/" + question + "/run", "{}");
            assertEquals("ok", questionRun.json().getString("status"), questionRun::toString);
            assertFalse(questionRun.body().contains("marker-sql-7731"), questionRun::toString);
            Api.Reply all = anyone.send("POST", base + "/run", "{\"filters\":{}}", "application/json");
            assertEquals(200, all.status(), all::toString);
            assertTrue(all.contentType().startsWith("application/x-ndjson"), all.contentType());
            assertEquals(2, all.body().strip().split("\n").length, all::toString);
            assertTrue(all.body().contains("\"cardId\":" + text) && all.body().contains("\"cardId\":" + question),
                    all::toString);

            Api.Reply asViewer = viewer.get(acme.api("/dashboards/" + shared));
            assertEquals(200, asViewer.status(), asViewer::toString);
            assertFalse(asViewer.body().contains(token), "the token is for those who may edit: " + asViewer);
            assertEquals(token, acme.admin.get(acme.api("/dashboards/" + shared)).json().getString("publicToken"));

            String cardRun = anyone.post(base + "/cards/" + otherCard + "/run", "{\"filters\":{}}")
                    .isJsonError(404).body();
            assertFalse(cardRun.contains("Margins"), cardRun);
            anyone.post(base + "/cards/" + text + "/run", "{\"filters\": [").isJsonError(400);
            anyone.get(base + "/filters/nosuch/choices").isJsonError(404);
            anyone.get("/api/v1/public/dashboards/" + token.substring(1) + "x").isJsonError(404);
            anyone.get("/api/v1/public/dashboards/not%20a%20token").isJsonError(404);

            SharingTenant globex = SharingTenant.create("pubglob");
            globex.admin.post(link, "").isJsonError(403);
            globex.admin.delete(link).isJsonError(403);
            globex.admin.post(globex.api("/dashboards/" + shared + "/public-link"), "").isJsonError(404);

            acme.archive(shared);
            assertEquals("This public link does not exist or has been revoked.",
                    anyone.get(base).isJsonError(404).message());
            acme.restore(shared);
            assertEquals(200, anyone.get(base).status());
            acme.status("SUSPENDED");
            anyone.get(base).isJsonError(404);
            acme.status("ACTIVE");
            assertEquals(200, anyone.get(base).status());

            assertEquals(204, acme.admin.delete(link).status());
            anyone.get(base).isJsonError(404);
            anyone.post(base + "/cards/" + text + "/run", "{}").isJsonError(404);
            anyone.post(base + "/run", "{}").isJsonError(404);
            String again = acme.admin.post(link, "").json().getString("token");
            assertNotEquals(token, again, "a revoked token never comes back");
            assertEquals(204, acme.admin.delete(acme.api("/dashboards/" + shared)).status());
            anyone.get("/api/v1/public/dashboards/" + again).isJsonError(404);
            assertEquals(204, acme.admin.delete(acme.api("/dashboards/" + shared + "?permanent=true")).status());
            assertEquals(0, Database.count("SELECT count(*) FROM control.public_link WHERE token = ?", again),
                    "deleting the dashboard for good removes its link");
        }
    }
}
