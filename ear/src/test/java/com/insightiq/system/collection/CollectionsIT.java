package com.insightiq.system.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Collections through the REST API: nesting, moves, personal collections, trash, pins, bookmarks, grants. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CollectionsIT {


    @Test
    void nestAndMoveWithoutCycles() {
        CollectionTenant t = CollectionTenant.create("colnest");
        long sales = t.collection(t.admin, "Sales", null);
        long eu = t.collection(t.admin, "EU", sales);
        long de = t.collection(t.admin, "Germany", eu);
        JsonObject got = t.admin.get(t.api("/collections/" + de)).json();
        assertEquals(List.of("Our analytics", "Sales", "EU"), got.getJsonArray("path").stream()
                .map(v -> v.asJsonObject().getString("name")).toList());
        assertEquals(List.of("EU"), t.itemNames(t.admin, Long.toString(sales)));
        assertTrue(t.itemNames(t.admin, "root").contains("Sales"));

        t.admin.put(t.api("/collections/" + sales), CollectionTenant.form("Sales", de).build().toString())
                .isJsonError(400);
        t.admin.put(t.api("/collections/" + sales), CollectionTenant.form("Sales", sales).build().toString())
                .isJsonError(400);

        Api.Reply moved = t.admin.put(t.api("/collections/" + eu), CollectionTenant.form("Europe", null).build()
                .toString());
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(List.of("Our analytics", "Europe"), t.admin.get(t.api("/collections/" + de)).json()
                .getJsonArray("path").stream().map(v -> v.asJsonObject().getString("name")).toList());
        assertEquals(List.of(), t.itemNames(t.admin, Long.toString(sales)));
        assertEquals("/" + eu + "/", com.insightiq.system.Database.count("SELECT count(*) FROM tenant_" + t.slug
                + ".collection WHERE id = ? AND location = '/" + eu + "/'", de) == 1 ? "/" + eu + "/" : "wrong");

        int version = t.admin.get(t.api("/collections/" + eu)).json().getInt("version");
        t.itemNames(t.admin, Long.toString(eu));
        t.outline(t.admin);
        assertEquals(version, t.admin.get(t.api("/collections/" + eu)).json().getInt("version"), "reads change nothing");
        Api.Reply current = t.admin.put(t.api("/collections/" + eu), CollectionTenant.form("Europe", null)
                .add("version", version).build().toString());
        assertEquals(200, current.status(), current::toString);
        Api.Reply stale = t.admin.put(t.api("/collections/" + eu), CollectionTenant.form("Europe", null)
                .add("version", 0).build().toString());
        stale.isJsonError(409);
    }

    @Test
    void personalCollectionsArePrivateButAdminsSeeThem() {
        CollectionTenant t = CollectionTenant.create("colpers");
        Api ann = t.member("analyst", "ann");
        Api bob = t.member("analyst", "bob");
        JsonObject annTree = t.outline(ann);
        long annsPersonal = annTree.getJsonObject("personal").getJsonNumber("id").longValue();
        assertEquals("Member analyst's personal collection", annTree.getJsonObject("personal").getString("name"));
        long inside = t.collection(ann, "Drafts", annsPersonal);
        long q = t.question("Ann's draft", null, inside, CollectionTenant.userId(ann));

        t.outline(bob);
        bob.get(t.api("/collections/" + annsPersonal)).isJsonError(404);
        bob.get(t.api("/collections/" + inside + "/items")).isJsonError(404);
        bob.post(t.api("/collections"), CollectionTenant.form("Intruder", annsPersonal).build().toString())
                .isJsonError(400);
        assertFalse(t.outline(bob).toString().contains("Drafts"));
        assertTrue(bob.get(t.api("/search?q=draft")).array().isEmpty());
        assertEquals(2, ann.get(t.api("/search?q=draft")).array().size(), "the collection and the question");

        JsonObject adminTree = t.outline(t.admin);
        assertTrue(adminTree.getJsonArray("others").toString().contains("Drafts"), adminTree::toString);
        assertEquals(200, t.admin.get(t.api("/collections/" + inside + "/items")).status());
        assertTrue(t.itemNames(t.admin, Long.toString(inside)).contains("Ann's draft"));

        // Moving out of the personal tree makes it shared; the question follows.
        Api.Reply out = ann.put(t.api("/collections/" + inside), CollectionTenant.form("Drafts", null).build()
                .toString());
        assertEquals(200, out.status(), out::toString);
        assertFalse(out.json().getBoolean("personal"));
        assertTrue(t.itemNames(bob, Long.toString(inside)).contains("Ann's draft"));
        assertTrue(q > 0);
        ann.put(t.api("/collections/" + annsPersonal), CollectionTenant.form("Mine", null).build().toString())
                .isJsonError(400);
        ann.delete(t.api("/collections/" + annsPersonal)).isJsonError(400);
    }

    @Test
    void archiveAndRestoreTakeTheContentsAlong() {
        CollectionTenant t = CollectionTenant.create("coltrash");
        long me = CollectionTenant.userId(t.admin);
        long top = t.collection(t.admin, "Old reports", null);
        long sub = t.collection(t.admin, "Older", top);
        long q1 = t.question("Weekly", null, top, me);
        long q2 = t.question("Monthly", null, sub, me);
        long alone = t.question("Trashed before", null, sub, me);
        com.insightiq.system.Database.execute("UPDATE tenant_" + t.slug + ".question SET archived_at = now() - interval '1 day',"
                + " archived_by = " + me + " WHERE id = " + alone);

        assertEquals(204, t.admin.delete(t.api("/collections/" + top)).status());
        assertTrue(t.questionArchived(q1) && t.questionArchived(q2));
        assertFalse(t.itemNames(t.admin, "root").contains("Old reports"));
        assertTrue(t.admin.get(t.api("/search?q=weekly")).array().isEmpty());
        List<String> trash = t.admin.get(t.api("/collections/trash")).array().stream()
                .map(v -> v.asJsonObject().getString("name")).toList();
        assertTrue(trash.contains("Old reports"), trash::toString);
        assertFalse(trash.contains("Older"), "only the top of an archived tree is listed: " + trash);
        t.admin.post(t.api("/collections/" + sub + "/restore"), "").isJsonError(400);

        Api.Reply restored = t.admin.post(t.api("/collections/" + top + "/restore"), "");
        assertEquals(200, restored.status(), restored::toString);
        assertFalse(t.questionArchived(q1) || t.questionArchived(q2));
        assertTrue(t.questionArchived(alone), "what was trashed on its own stays in the trash");
        assertTrue(t.itemNames(t.admin, Long.toString(sub)).contains("Monthly"));

        t.admin.delete(t.api("/collections/" + sub + "?permanent=true")).isJsonError(400);
        assertEquals(204, t.admin.delete(t.api("/collections/" + sub)).status());
        assertEquals(204, t.admin.delete(t.api("/collections/" + sub + "?permanent=true")).status());
        t.admin.get(t.api("/collections/" + sub)).isJsonError(404);
        assertEquals(0, com.insightiq.system.Database.count("SELECT count(*) FROM tenant_" + t.slug
                + ".question WHERE id IN (?, ?)", q2, alone));
        t.admin.post(t.api("/collections/trash/question/" + q1 + "/restore"), "").isJsonError(400);
        com.insightiq.system.Database.execute("UPDATE tenant_" + t.slug + ".question SET archived_at = now(),"
                + " archived_by = " + me + " WHERE id = " + q1);
        assertTrue(t.admin.get(t.api("/collections/trash")).body().contains("Weekly"));
        assertEquals(204, t.admin.post(t.api("/collections/trash/question/" + q1 + "/restore"), "").status());
        assertFalse(t.questionArchived(q1));
    }

    @Test
    void pinnedItemsComeFirst() {
        CollectionTenant t = CollectionTenant.create("colpin");
        long me = CollectionTenant.userId(t.admin);
        long c = t.collection(t.admin, "Board", null);
        t.question("Alpha", null, c, me);
        long zulu = t.question("Zulu", null, c, me);
        t.collection(t.admin, "Beta sub", c);
        String versionOf = "SELECT version FROM tenant_" + t.slug + ".question WHERE id = ?";
        long before = com.insightiq.system.Database.count(versionOf, zulu);
        assertEquals(List.of("Beta sub", "Alpha", "Zulu"), t.itemNames(t.admin, Long.toString(c)));
        t.admin.get(t.api("/collections/trash"));
        t.admin.get(t.api("/search?q=zulu"));
        assertEquals(before, com.insightiq.system.Database.count(versionOf, zulu), "listing leaves questions alone");
        assertEquals(204, t.admin.post(t.api("/collections/" + c + "/pins"), "{\"questionId\": " + zulu + "}")
                .status());
        assertEquals(List.of("Zulu", "Beta sub", "Alpha"), t.itemNames(t.admin, Long.toString(c)));
        t.admin.post(t.api("/collections/root/pins"), "{\"questionId\": " + zulu + "}").isJsonError(404);
        assertEquals(204, t.admin.delete(t.api("/collections/" + c + "/pins/" + zulu)).status());
        assertEquals(List.of("Beta sub", "Alpha", "Zulu"), t.itemNames(t.admin, Long.toString(c)));
    }

    @Test
    void bookmarksListWhatTheMemberMayOpen() {
        CollectionTenant t = CollectionTenant.create("colbook");
        Api viewer = t.member("viewer", "vera");
        long c = t.collection(t.admin, "Shared", null);
        long q = t.question("Top customers", null, c, CollectionTenant.userId(t.admin));
        assertEquals(200, viewer.put(t.api("/bookmarks/question/" + q), null).status());
        assertEquals(200, viewer.put(t.api("/bookmarks/collection/" + c), null).status());
        assertTrue(viewer.get(t.api("/bookmarks/question/" + q)).json().getBoolean("bookmarked"));
        assertEquals(List.of("Top customers", "Shared"), viewer.get(t.api("/bookmarks")).array().stream()
                .map(v -> v.asJsonObject().getString("name")).toList());
        viewer.put(t.api("/bookmarks/question/999999"), null).isJsonError(404);
        viewer.put(t.api("/bookmarks/report/1"), null).isJsonError(404);
        assertEquals(204, viewer.delete(t.api("/bookmarks/collection/" + c)).status());
        viewer.delete(t.api("/bookmarks/collection/" + c)).isJsonError(404);
        t.admin.put(t.api("/collections/" + c + "/grants"), "{\"analyst\": null, \"viewer\": \"none\"}");
        assertTrue(viewer.get(t.api("/bookmarks")).array().isEmpty(), "a bookmark of what is closed now is hidden");
    }

    @Test
    void grantsDecideWhatRolesSeeAndChange() {
        CollectionTenant t = CollectionTenant.create("colgrant");
        Api viewer = t.member("viewer", "vic");
        Api analyst = t.member("analyst", "ana");
        long me = CollectionTenant.userId(t.admin);
        long secret = t.collection(t.admin, "Board only", null);
        long q = t.question("Salaries", "confidential", secret, me);
        long open = t.collection(t.admin, "Everyone", null);

        JsonObject before = t.admin.get(t.api("/collections/" + secret + "/grants")).json();
        assertFalse(before.containsKey("viewer") && !before.isNull("viewer"), "no own grant: inherits");
        assertEquals("view", before.getString("effectiveViewer"));
        Api.Reply changed = t.admin.put(t.api("/collections/" + secret + "/grants"),
                "{\"analyst\": \"view\", \"viewer\": \"none\"}");
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("none", changed.json().getString("effectiveViewer"));

        assertFalse(t.itemNames(viewer, "root").contains("Board only"));
        assertTrue(t.itemNames(viewer, "root").contains("Everyone"));
        viewer.get(t.api("/collections/" + secret)).isJsonError(403);
        viewer.get(t.api("/collections/" + secret + "/items")).isJsonError(403);
        assertTrue(viewer.get(t.api("/search?q=salaries")).array().isEmpty());
        viewer.post(t.api("/collections"), CollectionTenant.form("Mine", open).build().toString()).isJsonError(403);

        assertTrue(t.itemNames(analyst, Long.toString(secret)).contains("Salaries"));
        Api.Reply refused = analyst.post(t.api("/collections"), CollectionTenant.form("Inside", secret).build()
                .toString());
        refused.isJsonError(403);
        analyst.delete(t.api("/collections/" + secret)).isJsonError(403);
        analyst.get(t.api("/collections/" + secret + "/grants")).isJsonError(403);
        analyst.put(t.api("/collections/" + secret + "/grants"), "{\"analyst\": \"curate\", \"viewer\": null}")
                .isJsonError(403);
        assertEquals(1, analyst.get(t.api("/search?q=salaries")).array().size());

        assertEquals(200, t.admin.put(t.api("/collections/root/grants"), "{\"analyst\": \"view\", \"viewer\": null}")
                .status());
        analyst.post(t.api("/collections"), CollectionTenant.form("Top", null).build().toString()).isJsonError(403);
        long personal = t.outline(analyst).getJsonObject("personal").getJsonNumber("id").longValue();
        assertEquals(201, analyst.post(t.api("/collections"), CollectionTenant.form("Own", personal).build()
                .toString()).status());
        t.admin.put(t.api("/collections/" + personal + "/grants"), "{\"analyst\": null, \"viewer\": null}")
                .isJsonError(400);
        t.admin.put(t.api("/collections/" + secret + "/grants"), "{\"analyst\": \"admin\", \"viewer\": null}")
                .isJsonError(400);
        assertTrue(t.itemNames(analyst, Long.toString(secret)).contains("Salaries"), "question " + q);
    }
}
