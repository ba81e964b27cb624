package com.insightiq.system.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Home's lists through the API: recents newest first (a view again moves an item to the top), only what the member
 * may still open (another tenant's items never, trashed items no longer, another member's personal items never), and
 * pinned questions and dashboards across collections.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomeIT {
    @Test
    void recentsAreNewestFirstAndOnlyWhatTheMemberMayOpen() {
        try (HomeTenant a = HomeTenant.create("homea"); HomeTenant b = HomeTenant.create("homeb")) {
            long first = a.question(a.admin, "First", null);
            long second = a.question(a.admin, "Second", null);
            long third = a.question(a.admin, "Third", null);
            long board = a.dashboard(a.admin, "Board");
            a.viewed(a.admin, "question", first);
            a.viewed(a.admin, "question", second);
            a.viewed(a.admin, "dashboard", board);
            a.viewed(a.admin, "question", third);
            a.viewed(a.admin, "question", first);
            assertEquals(List.of("question:First", "question:Third", "dashboard:Board", "question:Second"),
                    a.list(a.admin, "recents"));

            long theirs = b.question(b.admin, "Only in B", null);
            b.viewed(b.admin, "question", theirs);
            assertEquals(List.of("question:Only in B"), b.list(b.admin, "recents"), "nothing of tenant A");
            assertFalse(a.list(a.admin, "recents").contains("question:Only in B"));
            a.admin.get(b.api("/recents")).isJsonError(403);
            a.admin.post(b.api("/recents"), view("question", theirs)).isJsonError(403);
            b.admin.post(b.api("/recents"), view("question", 999_999)).isJsonError(404);
            b.admin.post(b.api("/recents"), view("collection", theirs)).isJsonError(400);

            assertEquals(204, a.admin.delete(a.api("/questions/" + third)).status(), "to the trash");
            assertEquals(List.of("question:First", "dashboard:Board", "question:Second"), a.list(a.admin, "recents"));
            assertEquals(204, a.admin.delete(a.api("/dashboards/" + board)).status(), "to the trash");
            assertEquals(List.of("question:First", "question:Second"), a.list(a.admin, "recents"));

            var analyst = a.member("analyst", "ann");
            long personal = analyst.get(a.api("/collections")).json().getJsonObject("personal")
                    .getJsonNumber("id").longValue();
            long mine = a.question(analyst, "Ann's draft", personal);
            a.viewed(analyst, "question", mine);
            a.viewed(analyst, "question", first);
            assertEquals(List.of("question:First", "question:Ann's draft"), a.list(analyst, "recents"));
            var viewer = a.member("viewer", "vic");
            viewer.post(a.api("/recents"), view("question", mine)).isJsonError(404);
            a.viewed(viewer, "question", first);
            assertEquals(List.of("question:First"), a.list(viewer, "recents"), "only the viewer's own views");
        }
    }

    @Test
    void pinnedQuestionsAndDashboardsOfViewableCollections() {
        try (HomeTenant a = HomeTenant.create("homep")) {
            long question = a.question(a.admin, "Pinned question", null);
            a.question(a.admin, "Not pinned", null);
            long board = a.dashboard(a.admin, "Pinned board");
            assertTrue(a.list(a.admin, "pinned").isEmpty());
            assertEquals(200, a.admin.post(a.api("/questions/" + question + "/pin"), "").status());
            assertEquals(200, a.admin.post(a.api("/dashboards/" + board + "/pin"),
                    Json.createObjectBuilder().add("pinned", true).build().toString()).status());
            assertEquals(List.of("dashboard:Pinned board", "question:Pinned question"), a.list(a.admin, "pinned"));

            var viewer = a.member("viewer", "pia");
            assertEquals(List.of("dashboard:Pinned board", "question:Pinned question"), a.list(viewer, "pinned"));
            assertEquals(204, a.admin.delete(a.api("/questions/" + question)).status());
            assertEquals(List.of("dashboard:Pinned board"), a.list(viewer, "pinned"), "trashed: gone");
        }
    }

    private static String view(String kind, long id) {
        return Json.createObjectBuilder().add("kind", kind).add("id", id).build().toString();
    }
}
