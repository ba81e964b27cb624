package com.insightiq.system.dashboard;

import static com.insightiq.system.dashboard.DashboardTenant.body;
import static com.insightiq.system.dashboard.DashboardTenant.filter;
import static com.insightiq.system.dashboard.DashboardTenant.mapping;
import static com.insightiq.system.dashboard.DashboardTenant.questionCard;
import static com.insightiq.system.dashboard.DashboardTenant.textCard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input on the dashboards API is a JSON 400 with a sentence naming what is wrong, never a 500, and leaves the
 * stored dashboard exactly as it was: overlapping and out-of-grid cards, 10,000 cards, unknown card ids, unknown
 * questions, mappings to parameters a question lacks, filter defaults of the wrong type, wrong JSON types, oversized
 * and control-character names, bad links and click behaviour. {@code <script>} names are stored as typed; a stale
 * version is 409.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardInputIT {


    @Test
    void badInputIsRefusedWithASentenceAndChangesNothing() {
        try (DashboardTenant t = DashboardTenant.create("dinput")) {
            Api a = t.admin;
            long q = t.regionQuestion("By region");
            JsonObject d = t.createDashboard(body("Board").add("filters", Json.createArrayBuilder()
                            .add(filter("region", "Region", "category")))
                    .add("cards", Json.createArrayBuilder()
                            .add(questionCard(q, 0, 0, 6, 4).add("mappings", mapping("region", "region")))
                            .add(textCard("Notes", 6, 0, 6, 4))));
            long id = d.getJsonNumber("id").longValue();
            long cardId = d.getJsonArray("cards").getJsonObject(0).getJsonNumber("id").longValue();
            String path = t.dashboard(id);
            String stored = a.get(path).body();
            int version = d.getInt("version");
            Refusals refuse = new Refusals(a, path, stored);

            Supplier<JsonObjectBuilder> valid = () -> body("Board").add("version", version)
                    .add("filters", Json.createArrayBuilder().add(filter("region", "Region", "category")));
            Supplier<JsonObjectBuilder> kept = () -> questionCard(q, 0, 0, 6, 4).add("id", cardId);

            refuse.put(valid.get().add("cards", cards(kept.get(), questionCard(q, 3, 2, 6, 4))), "card " + cardId,
                    "new card 2", "overlap");
            refuse.put(valid.get().add("cards", cards(questionCard(q, -1, 0, 6, 4))), "column -1");
            refuse.put(valid.get().add("cards", cards(questionCard(q, 0, -3, 6, 4))), "row -3");
            refuse.put(valid.get().add("cards", cards(questionCard(q, 20, 0, 6, 4))), "24 columns");
            refuse.put(valid.get().add("cards", cards(questionCard(q, 24, 0, 1, 4))), "column 24");
            refuse.put(valid.get().add("cards", cards(questionCard(q, 0, 0, 0, 4))), "wide");
            refuse.put(valid.get().add("cards", cards(questionCard(q, 0, 0, 6, 49))), "high");
            refuse.put(valid.get().add("cards", cards(questionCard(q, 0, 0, 6, 4).add("id", 987_654))), "987654");
            refuse.put(valid.get().add("cards", cards(questionCard(987_654, 0, 0, 6, 4))), "new card 1",
                    "question 987654");
            refuse.put(valid.get().add("cards", cards(questionCard(q, 0, 0, 6, 4).add("mappings",
                    mapping("region", "country")))), "parameter 'country'");
            refuse.put(valid.get().add("cards", cards(questionCard(q, 0, 0, 6, 4).add("mappings",
                    mapping("nowhere", "region")))), "'nowhere'");
            refuse.put(valid.get().add("cards", cards(Json.createObjectBuilder().add("kind", "video").add("col", 0)
                    .add("row", 0).add("width", 1).add("height", 1))), "video");
            refuse.put(valid.get().add("cards", cards(textCard("x".repeat(10_001), 0, 0, 6, 4))), "10000");
            refuse.put(valid.get().add("cards", cards(Json.createObjectBuilder().add("kind", "link")
                    .add("url", "javascript:alert(1)").add("col", 0).add("row", 0).add("width", 1)
                    .add("height", 1))), "http");
            refuse.put(valid.get().add("cards", cards(questionCard(q, 0, 0, 6, 4).add("click",
                    Json.createObjectBuilder().add("action", "url").add("url", "ftp://example.com")))), "http");
            refuse.put(valid.get().add("cards", cards(questionCard(q, 0, 0, 6, 4).add("click",
                    Json.createObjectBuilder().add("action", "explode")))), "explode");
            refuse.put(valid.get().add("cards", cards(questionCard(q, 0, 0, 6, 4).add("click",
                    Json.createObjectBuilder().add("action", "dashboard").add("targetId", 987_654)))), "987654");
            refuse.put(valid.get().add("cards", cards(questionCard(q, 0, 0, 6, 4).add("tab", "t9"))), "t9");

            for (Object[] wrong : new Object[][] {{"date", 5}, {"date", "last tuesday"}, {"number", "abc"},
                    {"id", "x1"}, {"category", 7}, {"text", List.of(1)}}) {
                JsonObjectBuilder f = filter("bad", "Bad", (String) wrong[0]);
                if (wrong[1] instanceof Integer n) {
                    f.add("default", n);
                } else if (wrong[1] instanceof List<?>) {
                    f.add("default", Json.createArrayBuilder().add(1));
                } else {
                    f.add("default", (String) wrong[1]);
                }
                refuse.put(body("Board").add("filters", Json.createArrayBuilder().add(f)), "'bad'");
            }
            refuse.put(body("Board").add("filters", Json.createArrayBuilder().add(filter("Bad Id", "B", "text"))),
                    "Bad Id");
            refuse.put(body("Board").add("filters", Json.createArrayBuilder().add(filter("a", "A", "colour"))),
                    "colour");
            refuse.put(body("Board").add("filters", Json.createArrayBuilder().add(filter("a", "A", "category")
                    .add("linkedTo", Json.createArrayBuilder().add("ghost")))), "ghost");
            JsonArrayBuilder many = Json.createArrayBuilder();
            for (int i = 0; i < 21; i++) {
                many.add(filter("f" + i, "F" + i, "text"));
            }
            refuse.put(body("Board").add("filters", many), "20 filters");
            JsonArrayBuilder tabs = Json.createArrayBuilder();
            for (int i = 0; i < 21; i++) {
                tabs.add(Json.createObjectBuilder().add("id", "t" + i).add("name", "T" + i));
            }
            refuse.put(body("Board").add("tabs", tabs), "20 tabs");
            refuse.put(body("Board").add("autoRefreshMinutes", 7), "autoRefreshMinutes");
            refuse.put(body("x".repeat(10_240)), "255");
            refuse.put(body("bell\u0007name"), "control");
            refuse.put(body("two\nlines"), "control");
            refuse.put(body("   "), "name");

            StringBuilder huge = new StringBuilder("{\"name\":\"Huge\",\"cards\":[");
            for (int i = 0; i < 10_000; i++) {
                huge.append(i == 0 ? "" : ",").append("{\"kind\":\"text\",\"col\":0,\"row\":").append(i)
                        .append(",\"width\":1,\"height\":1}");
            }
            String hugeBody = huge.append("]}").toString();
            long start = System.nanoTime();
            Api.Reply tooMany = a.put(path, hugeBody).isJsonError(400);
            assertTrue(tooMany.message().contains("200"), tooMany::toString);
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused quickly");
            a.post(t.dashboards(), hugeBody).isJsonError(400);
            String title = "A card with a long title to make the body larger than one megabyte " + "x".repeat(40);
            String fatBody = hugeBody.replace("{\"kind\":\"text\",",
                    "{\"kind\":\"text\",\"title\":\"" + title + "\",");
            assertTrue(fatBody.length() > 1_500_000, "over the 1 MB of other bodies");
            assertTrue(a.put(path, fatBody).isJsonError(400).message().contains("200"), "a 400 saying why, not 413");
            assertEquals(stored, a.get(path).body());

            for (String wrong : List.of("{\"name\":5}", "{\"name\":\"n\",\"cards\":\"x\"}",
                    "{\"name\":\"n\",\"cards\":[{\"kind\":\"text\",\"col\":\"1\",\"row\":0,\"width\":1,\"height\":1}]}",
                    "{\"name\":\"n\",\"cards\":[{\"kind\":\"question\",\"questionId\":1.5,\"col\":0,\"row\":0,"
                            + "\"width\":1,\"height\":1}]}",
                    "{\"name\":\"n\",\"tabs\":{}}", "{\"name\":\"n\",\"colour\":\"red\"}",
                    "{\"name\":\"n\",\"filters\":[{\"id\":\"a\",\"name\":\"A\",\"type\":\"text\","
                            + "\"required\":\"yes\"}]}",
                    "{", "", "[]", "null")) {
                a.put(path, wrong).isJsonError(400);
                a.post(t.dashboards(), wrong).isJsonError(400);
            }
            assertEquals(stored, a.get(path).body(), "nothing changed by any refusal");
            assertEquals(1, a.get(t.dashboards()).array().size(), "nothing was created");

            String script = "<script>alert('d')</script> & \"quotes\"";
            JsonObject made = t.createDashboard(body(script));
            assertEquals(script, a.get(t.dashboard(made.getJsonNumber("id").longValue())).json().getString("name"));

            Api.Reply edited = a.put(path, valid.get().add("name", "Edited").add("cards", cards(kept.get())).build()
                    .toString());
            assertEquals(200, edited.status(), edited::toString);
            a.put(path, valid.get().add("name", "Stale").build().toString()).isJsonError(409);
            assertEquals("Edited", a.get(path).json().getString("name"));
            a.get(t.dashboards() + "?collection=abc").isJsonError(400);
            a.delete(path + "?permanent=perhaps").isJsonError(400);
            a.post(path + "/move", "").isJsonError(400);
            a.post(path + "/move", "{\"collectionId\":987654}").isJsonError(404);
            a.post(path + "/duplicate", "{\"name\":\"" + "y".repeat(300) + "\"}").isJsonError(400);
            a.post(path + "/pin", "{\"pinned\":\"yes\"}").isJsonError(400);
            a.post(path + "/revisions/99/restore", "").isJsonError(404);
            a.get(t.dashboards() + "/987654").isJsonError(404);
        }
    }

    private static JsonArrayBuilder cards(JsonObjectBuilder... cards) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObjectBuilder c : cards) {
            array.add(c);
        }
        return array;
    }

    /** PUTs a body, expects a 400 whose message names every {@code expected} part, and the dashboard unchanged. */
    private record Refusals(Api api, String path, String stored) {
        void put(JsonObjectBuilder body, String... expected) {
            Api.Reply reply = api.put(path, body.build().toString()).isJsonError(400);
            for (String part : expected) {
                assertTrue(reply.message().toLowerCase().contains(part.toLowerCase()),
                        "'" + part + "' in " + reply);
            }
            assertEquals(stored, api.get(path).body(), "unchanged after " + reply);
        }
    }
}
