package com.insightiq.system.dashboard;

import static com.insightiq.system.dashboard.DashboardTenant.body;
import static com.insightiq.system.dashboard.DashboardTenant.questionCard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Another tenant's member reaches none of acme's dashboards (their ids are unknown in their own tenant: 404; acme's
 * URLs are not theirs: 403) nor puts acme's questions on their own dashboards (400), and in acme a viewer opens
 * dashboards but changes nothing (403).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardIsolationIT {


    @Test
    void anotherTenantReachesNoneOfAcmesDashboardsAndViewersChangeNothing() {
        try (DashboardTenant acme = DashboardTenant.create("disoacme");
             DashboardTenant globex = DashboardTenant.create("disoglob")) {
            acme.question("Padding 1", "SELECT 1", null);
            acme.question("Padding 2", "SELECT 2", null);
            long secret = acme.regionQuestion("Acme secret margin");
            JsonObject dashboard = acme.createDashboard(body("Acme secret board").add("cards",
                    Json.createArrayBuilder().add(questionCard(secret, 0, 0, 6, 4))));
            long id = dashboard.getJsonNumber("id").longValue();
            String before = acme.admin.get(acme.dashboard(id)).body();
            String body = body("Stolen").build().toString();
            Api g = globex.admin;
            for (String base : List.of(globex.dashboards(), acme.dashboards())) {
                int expected = base.equals(acme.dashboards()) ? 403 : 404;
                String path = base + "/" + id;
                g.get(path).isJsonError(expected);
                g.put(path, body).isJsonError(expected);
                g.delete(path).isJsonError(expected);
                g.delete(path + "?permanent=true").isJsonError(expected);
                g.post(path + "/restore", "").isJsonError(expected);
                g.post(path + "/duplicate", "{}").isJsonError(expected);
                g.post(path + "/move", "{\"collectionId\":null}").isJsonError(expected);
                g.post(path + "/pin", "{\"pinned\":true}").isJsonError(expected);
                g.delete(path + "/pin").isJsonError(expected);
                g.get(path + "/revisions").isJsonError(expected);
                g.post(path + "/revisions/1/restore", "").isJsonError(expected);
            }
            g.get(acme.dashboards()).isJsonError(403);
            g.post(acme.dashboards(), body).isJsonError(403);
            assertFalse(g.get(globex.dashboards()).body().contains("Acme secret"));
            Api.Reply foreign = g.post(globex.dashboards(), body("Borrowing").add("cards", Json.createArrayBuilder()
                    .add(questionCard(secret, 0, 0, 6, 4))).build().toString()).isJsonError(400);
            assertTrue(foreign.message().contains("question " + secret), foreign::toString);
            assertFalse(foreign.message().contains("Acme"), foreign::toString);
            assertFalse(g.get(globex.dashboards()).body().contains("Borrowing"), "nothing was created");

            Api viewer = acme.member("viewer", "vic");
            String path = acme.dashboard(id);
            Api.Reply seen = viewer.get(path);
            assertEquals(200, seen.status(), seen::toString);
            assertFalse(seen.json().getBoolean("mayEdit"));
            assertEquals(200, viewer.get(acme.dashboards()).status());
            assertEquals(200, viewer.get(path + "/revisions").status());
            viewer.post(acme.dashboards(), body).isJsonError(403);
            viewer.put(path, body).isJsonError(403);
            viewer.delete(path).isJsonError(403);
            viewer.delete(path + "?permanent=true").isJsonError(403);
            viewer.post(path + "/duplicate", "{}").isJsonError(403);
            viewer.post(path + "/move", "{\"collectionId\":null}").isJsonError(403);
            viewer.post(path + "/pin", "{\"pinned\":true}").isJsonError(403);
            viewer.post(path + "/restore", "").isJsonError(403);
            viewer.post(path + "/revisions/1/restore", "").isJsonError(403);
            assertEquals(before, acme.admin.get(path).body(), "nothing changed");
        }
    }
}
