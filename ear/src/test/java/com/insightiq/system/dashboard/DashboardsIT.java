package com.insightiq.system.dashboard;

import static com.insightiq.system.dashboard.DashboardTenant.body;
import static com.insightiq.system.dashboard.DashboardTenant.filter;
import static com.insightiq.system.dashboard.DashboardTenant.mapping;
import static com.insightiq.system.dashboard.DashboardTenant.questionCard;
import static com.insightiq.system.dashboard.DashboardTenant.textCard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dashboards through the REST API: the whole life of a dashboard (create, read, replace its cards keeping ids,
 * revisions with restore, duplicate, move, pin, trash, restore, delete for good), its place in collections, search and
 * bookmarks, and a card whose question goes away (the dashboard still loads and says so).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardsIT {


    @Test
    void aDashboardIsCreatedEditedRevisedCopiedMovedFoundTrashedAndDeleted() {
        try (DashboardTenant t = DashboardTenant.create("dlife")) {
            Api a = t.admin;
            long byRegion = t.regionQuestion("Sales by region");
            long count = t.question("Sales count", "SELECT count(*) AS n FROM sales", null);
            JsonObject created = t.createDashboard(body("Sales overview").add("description", "All sales")
                    .add("filters", Json.createArrayBuilder().add(filter("region", "Region", "category")
                            .add("default", "north")))
                    .add("cards", Json.createArrayBuilder()
                            .add(questionCard(byRegion, 0, 0, 12, 6).add("mappings", mapping("region", "region")))
                            .add(questionCard(count, 12, 0, 12, 6))
                            .add(textCard("# Sales in {{region}}", 0, 6, 24, 2))));
            long id = created.getJsonNumber("id").longValue();
            JsonArray cards = created.getJsonArray("cards");
            assertEquals(3, cards.size(), created::toString);
            JsonObject regionCard = card(cards, byRegion);
            JsonObject countCard = card(cards, count);
            assertEquals("Sales by region", regionCard.getString("questionName"));
            assertEquals("table", regionCard.getString("visualizationType"));
            assertEquals(0, regionCard.getJsonArray("unmapped").size(), regionCard::toString);
            assertEquals(List.of("region"), strings(countCard.getJsonArray("unmapped")), "the page marks it");
            assertTrue(created.getBoolean("mayEdit"));
            assertEquals("north", created.getJsonArray("filters").getJsonObject(0).getString("default"));
            assertEquals("Sales overview", a.get(t.dashboard(id)).json().getString("name"));
            assertTrue(ids(a.get(t.dashboards()).array()).contains(id), "listed in Our analytics");
            assertTrue(ids(a.get(t.dashboards() + "?collection=root").array()).contains(id));

            long kept = regionCard.getJsonNumber("id").longValue();
            long text = textCardOf(cards).getJsonNumber("id").longValue();
            Api.Reply replaced = a.put(t.dashboard(id), body("Sales overview").add("description", "All sales")
                    .add("version", created.getInt("version"))
                    .add("filters", Json.createArrayBuilder().add(filter("region", "Region", "category")
                            .add("default", "north")))
                    .add("cards", Json.createArrayBuilder()
                            .add(questionCard(byRegion, 0, 0, 24, 6).add("id", kept)
                                    .add("mappings", mapping("region", "region")))
                            .add(textCard("# Sales in {{region}}", 0, 6, 24, 2).add("id", text))
                            .add(questionCard(count, 0, 8, 6, 4))).build().toString());
            assertEquals(200, replaced.status(), replaced::toString);
            JsonArray now = replaced.json().getJsonArray("cards");
            Set<Long> nowIds = ids(now).stream().collect(Collectors.toSet());
            assertEquals(3, now.size());
            assertTrue(nowIds.contains(kept) && nowIds.contains(text), "kept by id: " + now);
            assertFalse(nowIds.contains(countCard.getJsonNumber("id").longValue()), "the missing card is removed");
            assertEquals(24, card(now, byRegion).getInt("width"), "moved and resized");
            assertTrue(replaced.json().getInt("version") > created.getInt("version"));

            JsonObject second = a.put(t.dashboard(id), edit(replaced.json(), "name", Json.createValue("Sales KPIs")))
                    .json();
            JsonObject third = a.put(t.dashboard(id), edit(second, "description", Json.createValue("Revenue")))
                    .json();
            assertEquals("Revenue", third.getString("description"));
            JsonArray revisions = a.get(t.dashboard(id) + "/revisions").array();
            assertEquals(4, revisions.size(), revisions::toString);
            assertEquals(4, revisions.getJsonObject(0).getInt("number"), "newest first");
            assertEquals("Created", revisions.getJsonObject(3).getString("summary"));
            String firstEdit = revisions.getJsonObject(2).getString("summary").toLowerCase();
            assertTrue(firstEdit.contains("added 1 card") && firstEdit.contains("removed 1 card"), firstEdit);
            assertEquals("Renamed", revisions.getJsonObject(1).getString("summary"));

            Api.Reply restored = a.post(t.dashboard(id) + "/revisions/1/restore", "");
            assertEquals(200, restored.status(), restored::toString);
            assertEquals(content(created), content(restored.json()), "the content of revision 1 is back");
            assertEquals(content(created), content(a.get(t.dashboard(id)).json()));
            assertEquals("Restored revision 1", a.get(t.dashboard(id) + "/revisions").array().getJsonObject(0)
                    .getString("summary"));

            Api.Reply copy = a.post(t.dashboard(id) + "/duplicate", "{}");
            assertEquals(201, copy.status(), copy::toString);
            long copyId = copy.json().getJsonNumber("id").longValue();
            assertEquals("Sales overview (copy)", copy.json().getString("name"));
            assertEquals(content(created).getJsonArray("cards"), content(copy.json()).getJsonArray("cards"));
            assertTrue(ids(copy.json().getJsonArray("cards")).stream().noneMatch(nowIds::contains), "new card ids");
            assertEquals(1, a.get(t.dashboard(copyId) + "/revisions").array().size());

            long finance = t.collection("Finance");
            JsonObject moved = a.post(t.dashboard(id) + "/move", "{\"collectionId\":" + finance + "}").json();
            assertEquals(finance, moved.getJsonNumber("collectionId").longValue());
            assertTrue(ids(a.get(t.dashboards() + "?collection=" + finance).array()).contains(id));
            assertFalse(ids(a.get(t.dashboards()).array()).contains(id), "no longer in Our analytics");
            String api = "/t/" + t.slug + "/api/v1";
            JsonArray items = a.get(api + "/collections/" + finance + "/items").array();
            assertTrue(items.stream().map(JsonValue::asJsonObject).anyMatch(i -> "dashboard".equals(i.getString("kind"))
                    && i.getJsonNumber("id").longValue() == id), items::toString);

            JsonArray hits = a.get(api + "/search?q=Sales%20overview").array();
            JsonObject hit = hits.stream().map(JsonValue::asJsonObject)
                    .filter(h -> "dashboard".equals(h.getString("kind")) && h.getJsonNumber("id").longValue() == id)
                    .findFirst().orElseThrow(() -> new AssertionError("not found: " + hits));
            assertTrue(hit.getString("url").endsWith("/t/" + t.slug + "/dashboard/" + id), hit::toString);
            assertEquals(200, a.put(api + "/bookmarks/dashboard/" + id, "").status());
            assertTrue(a.get(api + "/bookmarks").body().contains("\"type\":\"dashboard\""));
            assertTrue(a.post(t.dashboard(id) + "/pin", "{\"pinned\":true}").json().getBoolean("pinned"));
            assertFalse(a.post(t.dashboard(id) + "/pin", "{\"pinned\":false}").json().getBoolean("pinned"));

            a.delete(t.dashboard(id) + "?permanent=true").isJsonError(409);
            assertEquals(204, a.delete(t.dashboard(id)).status());
            assertTrue(a.get(t.dashboard(id)).json().getBoolean("archived"));
            assertFalse(ids(a.get(t.dashboards() + "?collection=" + finance).array()).contains(id));
            assertTrue(a.get(api + "/collections/trash").body().contains("\"kind\":\"dashboard\""));
            assertFalse(a.get(api + "/bookmarks").body().contains("\"type\":\"dashboard\""), "trashed: not shown");
            a.put(t.dashboard(id), edit(moved, "name", Json.createValue("x"))).isJsonError(409);
            assertFalse(a.post(t.dashboard(id) + "/restore", "").json().getBoolean("archived"));
            assertTrue(ids(a.get(t.dashboards() + "?collection=" + finance).array()).contains(id));
            assertEquals(204, a.delete(t.dashboard(id)).status());
            assertEquals(204, a.delete(t.dashboard(id) + "?permanent=true").status());
            a.get(t.dashboard(id)).isJsonError(404);
            a.get(t.dashboard(id) + "/revisions").isJsonError(404);

            assertEquals(204, a.delete(t.dashboard(copyId)).status());
            assertEquals(204, a.delete(api + "/collections/trash/dashboard/" + copyId).status());
            a.get(t.dashboard(copyId)).isJsonError(404);
        }
    }

    @Test
    void aCardWhoseQuestionWentAwaySaysSoAndTheDashboardStillLoads() {
        try (DashboardTenant t = DashboardTenant.create("dgone")) {
            Api a = t.admin;
            long question = t.regionQuestion("Soon gone");
            long other = t.question("Stays", "SELECT 1 AS one", null);
            JsonObject d = t.createDashboard(body("Survivor").add("filters", Json.createArrayBuilder()
                            .add(filter("region", "Region", "text")))
                    .add("cards", Json.createArrayBuilder()
                            .add(questionCard(question, 0, 0, 6, 4).add("mappings", mapping("region", "region")))
                            .add(questionCard(other, 6, 0, 6, 4))));
            long id = d.getJsonNumber("id").longValue();
            assertEquals(204, a.delete(t.questions() + "/" + question).status());
            JsonObject trashed = card(a.get(t.dashboard(id)).json().getJsonArray("cards"), question);
            assertTrue(trashed.getString("problem").contains("trash"), trashed::toString);
            assertFalse(trashed.containsKey("questionName"));
            assertEquals(204, a.delete(t.questions() + "/" + question + "?permanent=true").status());
            Api.Reply loaded = a.get(t.dashboard(id));
            assertEquals(200, loaded.status(), loaded::toString);
            assertTrue(card(loaded.json().getJsonArray("cards"), question).getString("problem").contains("deleted"));
            assertFalse(card(loaded.json().getJsonArray("cards"), other).containsKey("problem"));

            Api.Reply renamed = a.put(t.dashboard(id), edit(loaded.json(), "name", Json.createValue("Still here")));
            assertEquals(200, renamed.status(), "a kept card does not lock the dashboard: " + renamed);
            JsonObject sameAgain = Json.createReader(new java.io.StringReader(edit(renamed.json(), "name",
                    Json.createValue("Still here")))).readObject();
            JsonObject withNew = Json.createObjectBuilder(sameAgain).add("cards", Json.createArrayBuilder(
                    sameAgain.getJsonArray("cards")).add(questionCard(question, 0, 10, 6, 4))).build();
            Api.Reply refused = a.put(t.dashboard(id), withNew.toString()).isJsonError(400);
            assertTrue(refused.message().toLowerCase().contains("new card 3")
                    && refused.message().contains("question " + question), refused::toString);
        }
    }

    /** The stored content as a PUT body: the form fields of the dashboard and its cards (with their ids). */
    static JsonObject content(JsonObject d) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("name", d.getString("name"))
                .add("tabs", d.getJsonArray("tabs")).add("filters", d.getJsonArray("filters"));
        if (d.containsKey("description")) {
            body.add("description", d.getString("description"));
        }
        JsonArrayBuilder cards = Json.createArrayBuilder();
        for (JsonValue value : d.getJsonArray("cards")) {
            JsonObjectBuilder card = Json.createObjectBuilder();
            value.asJsonObject().forEach((k, v) -> {
                if (Set.of("kind", "questionId", "tab", "col", "row", "width", "height", "title", "text", "url",
                        "mappings", "click").contains(k)) {
                    card.add(k, v);
                }
            });
            cards.add(card);
        }
        return body.add("cards", cards).build();
    }

    /** A PUT body from a dashboard as returned, with its card ids and version, one field changed. */
    static String edit(JsonObject d, String field, JsonValue value) {
        JsonObject base = content(d);
        JsonArrayBuilder cards = Json.createArrayBuilder();
        JsonArray withIds = d.getJsonArray("cards");
        for (int i = 0; i < withIds.size(); i++) {
            cards.add(Json.createObjectBuilder(base.getJsonArray("cards").getJsonObject(i))
                    .add("id", withIds.getJsonObject(i).getJsonNumber("id")));
        }
        return Json.createObjectBuilder(base).add("cards", cards).add("version", d.getInt("version"))
                .add(field, value).build().toString();
    }

    static JsonObject card(JsonArray cards, long questionId) {
        return cards.stream().map(JsonValue::asJsonObject).filter(c -> c.containsKey("questionId")
                        && c.getJsonNumber("questionId").longValue() == questionId).findFirst()
                .orElseThrow(() -> new AssertionError("no card of question " + questionId + ": " + cards));
    }

    static JsonObject textCardOf(JsonArray cards) {
        return cards.stream().map(JsonValue::asJsonObject).filter(c -> "text".equals(c.getString("kind")))
                .findFirst().orElseThrow();
    }

    static List<Long> ids(JsonArray items) {
        return items.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    static List<String> strings(JsonArray values) {
        return values.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .toList();
    }
}
