package com.insightiq.system.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import com.insightiq.system.Database;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Saved questions through the REST API: the whole life of a question (create, read, edit, duplicate, move, pin, trash,
 * restore, delete for good), runs with parameters (viewers run questions but no SQL), the history of revisions with
 * restore, and a run over the sample database that equals the SQL read directly.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionsIT {


    @Test
    void aQuestionIsCreatedEditedCopiedMovedTrashedRestoredAndDeleted() {
        try (QuestionTenant t = QuestionTenant.create("qlife")) {
            Api.Reply created = t.admin.post(t.questions(), t.body("Sales by region",
                    "SELECT region, sum(amount) AS total FROM sales GROUP BY region ORDER BY region").build().toString());
            assertEquals(201, created.status(), created::toString);
            JsonObject q = created.json();
            long id = q.getJsonNumber("id").longValue();
            assertEquals("Sales by region", q.getString("name"));
            assertEquals("About Sales by region", q.getString("description"));
            assertEquals(t.sourceId, q.getJsonNumber("dataSourceId").longValue());
            assertEquals("table", q.getJsonObject("visualization").getString("type"));
            assertFalse(q.containsKey("collectionId"), "filed in Our analytics");
            assertFalse(q.getBoolean("archived"));
            assertFalse(q.getBoolean("pinned"));
            assertTrue(q.getString("ownerName").length() > 0, q.toString());
            assertEquals(200, t.admin.get(t.questions() + "/" + id).status());
            assertTrue(ids(t.admin.get(t.questions()).array()).contains(id), "listed in the root");

            JsonObject renamed = t.admin.put(t.questions() + "/" + id, t.body("Revenue by region",
                    q.getString("sql")).add("version", q.getInt("version")).build().toString()).json();
            assertEquals("Revenue by region", renamed.getString("name"));
            assertTrue(renamed.getInt("version") > q.getInt("version"), renamed.toString());

            Api.Reply copy = t.admin.post(t.questions() + "/" + id + "/duplicate", "{}");
            assertEquals(201, copy.status(), copy::toString);
            assertEquals("Revenue by region (copy)", copy.json().getString("name"));
            assertFalse(copy.json().containsKey("collectionId"), "the copy stays in the same collection");
            long copyId = copy.json().getJsonNumber("id").longValue();
            assertTrue(copyId != id);
            assertEquals(q.getString("sql"), copy.json().getString("sql"));

            long finance = t.collection("Finance");
            JsonObject moved = t.admin.post(t.questions() + "/" + id + "/move", "{\"collectionId\":" + finance + "}")
                    .json();
            assertEquals(finance, moved.getJsonNumber("collectionId").longValue());
            assertTrue(ids(t.admin.get(t.questions() + "?collectionId=" + finance).array()).contains(id));
            assertFalse(ids(t.admin.get(t.questions()).array()).contains(id), "no longer in the root");
            assertEquals(finance, t.admin.post(t.questions() + "/" + copyId + "/duplicate",
                    "{\"name\":\"Filed copy\",\"collectionId\":" + finance + "}").json().getJsonNumber("collectionId")
                    .longValue());

            assertTrue(t.admin.post(t.questions() + "/" + id + "/pin", "").json().getBoolean("pinned"));
            assertEquals(id, t.admin.get(t.questions() + "?collectionId=" + finance).array().getJsonObject(0)
                    .getJsonNumber("id").longValue(), "pinned questions come first");
            assertFalse(t.admin.delete(t.questions() + "/" + id + "/pin").json().getBoolean("pinned"));

            t.admin.delete(t.questions() + "/" + id + "?permanent=true").isJsonError(409);
            assertEquals(204, t.admin.delete(t.questions() + "/" + id).status());
            assertTrue(t.admin.get(t.questions() + "/" + id).json().getBoolean("archived"));
            assertFalse(ids(t.admin.get(t.questions() + "?collectionId=" + finance).array()).contains(id));
            assertTrue(ids(t.admin.get(t.questions() + "?archived=true").array()).contains(id), "in the trash");
            t.admin.put(t.questions() + "/" + id, t.body("Edited in the trash", "SELECT 1").build().toString())
                    .isJsonError(409);

            JsonObject restored = t.admin.post(t.questions() + "/" + id + "/restore", "").json();
            assertFalse(restored.getBoolean("archived"));
            assertEquals(finance, restored.getJsonNumber("collectionId").longValue(), "back where it was");
            assertFalse(ids(t.admin.get(t.questions() + "?archived=true").array()).contains(id));

            assertEquals(204, t.admin.delete(t.questions() + "/" + id).status());
            assertEquals(204, t.admin.delete(t.questions() + "/" + id + "?permanent=true").status());
            t.admin.get(t.questions() + "/" + id).isJsonError(404);
            assertEquals(0, Database.count("SELECT count(*) FROM tenant_" + t.slug
                    + ".question_revision WHERE question_id = ?", id), "its revisions went with it");
            assertEquals(200, t.admin.get(t.questions() + "/" + copyId).status(), "the copy stays");
        }
    }

    @Test
    void questionsRunWithParametersAndViewersRunThemButNoSql() {
        try (QuestionTenant t = QuestionTenant.create("qrun")) {
            JsonObject q = t.create(t.body("Region total",
                    "SELECT region, sum(amount) AS total, count(*) AS n FROM sales WHERE region = {{region}}"
                            + " [[AND amount >= {{min}}]] GROUP BY region")
                    .add("parameters", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("name", "region").add("type", "text")
                                    .add("label", "Region").add("default", "north"))
                            .add(Json.createObjectBuilder().add("name", "min").add("type", "number")))
                    .add("cacheTtlSeconds", 0));
            long id = q.getJsonNumber("id").longValue();
            JsonArray parameters = q.getJsonArray("parameters");
            assertEquals("Region", parameters.getJsonObject(0).getString("label"));
            assertTrue(parameters.getJsonObject(0).getBoolean("required"));
            assertEquals("north", parameters.getJsonObject(0).getString("default"));
            assertFalse(parameters.getJsonObject(1).getBoolean("required"), "inside [[ ]]: optional");

            Api.Reply byDefault = t.admin.post(t.questions() + "/" + id + "/run", "{}");
            assertEquals(200, byDefault.status(), byDefault::toString);
            JsonObject answer = byDefault.json();
            assertEquals(id, answer.getJsonObject("question").getJsonNumber("id").longValue());
            assertEquals("table", answer.getJsonObject("visualization").getString("type"));
            JsonObject result = answer.getJsonObject("result");
            assertEquals(List.of("region", "total", "n"), result.getJsonArray("columns").stream()
                    .map(c -> c.asJsonObject().getString("name")).toList());
            assertEquals(1, result.getInt("rowCount"));
            assertEquals("north", result.getJsonArray("rows").getJsonArray(0).getString(0));
            assertEquals(0, new BigDecimal("30.00").compareTo(
                    result.getJsonArray("rows").getJsonArray(0).getJsonNumber(1).bigDecimalValue()));
            assertFalse(result.getBoolean("truncated"));
            assertFalse(result.getBoolean("cached"), "cacheTtlSeconds 0: never cached");

            JsonObject south = t.admin.post(t.questions() + "/" + id + "/run",
                    QuestionTenant.run(QuestionTenant.values("region", "south"))).json().getJsonObject("result");
            assertEquals("south", south.getJsonArray("rows").getJsonArray(0).getString(0));
            JsonObject atLeast15 = t.admin.post(t.questions() + "/" + id + "/run", QuestionTenant.run(
                    Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "min").add("value", 15))))
                    .json().getJsonObject("result");
            assertEquals(1, atLeast15.getJsonArray("rows").getJsonArray(0).getJsonNumber(2).intValue(),
                    "the optional clause applies with a value");
            t.admin.post(t.questions() + "/" + id + "/run", QuestionTenant.run(QuestionTenant.values("nope", "x")))
                    .isJsonError(400);

            JsonObject required = t.create(t.body("Needs a region",
                    "SELECT count(*) AS n FROM sales WHERE region = {{region}}"));
            t.admin.post(t.questions() + "/" + required.getJsonNumber("id").longValue() + "/run", "{}")
                    .isJsonError(400);

            Api viewer = t.member("viewer", "vera");
            Api.Reply viewed = viewer.post(t.questions() + "/" + id + "/run",
                    QuestionTenant.run(QuestionTenant.values("region", "south")));
            assertEquals(200, viewed.status(), viewed::toString);
            assertEquals(1, viewed.json().getJsonObject("result").getInt("rowCount"));
            viewer.post("/t/" + t.slug + "/api/v1/queries", Json.createObjectBuilder().add("dataSourceId", t.sourceId)
                    .add("sql", "SELECT * FROM sales").build().toString()).isJsonError(403);
            assertTrue(Database.count("SELECT count(*) FROM tenant_" + t.slug + ".query_run WHERE question_id = ?"
                    + " AND purpose = 'QUESTION'", id) >= 4, "runs of the question are in the history with its id");
        }
    }

    @Test
    void editThreeTimesThenRestoreTheFirstAndTheContentEqualsTheFirst() {
        try (QuestionTenant t = QuestionTenant.create("qrev")) {
            JsonObject first = t.create(t.body("Totals", "SELECT region, amount FROM sales WHERE amount > {{min}}")
                    .add("parameters", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "min")
                            .add("type", "number").add("default", 1))));
            long id = first.getJsonNumber("id").longValue();
            String path = t.questions() + "/" + id;
            assertEquals(200, t.admin.put(path, t.body("Totals renamed", first.getString("sql"))
                    .add("description", "About Totals").add("parameters", first.getJsonArray("parameters")).build()
                    .toString()).status());
            assertEquals(200, t.admin.put(path, t.body("Totals renamed", "SELECT region FROM sales WHERE id > {{min}}")
                    .add("description", "About Totals").add("parameters", first.getJsonArray("parameters")).build()
                    .toString()).status());
            Api.Reply third = t.admin.put(path, t.body("Totals renamed", "SELECT region FROM sales WHERE id > {{min}}")
                    .add("description", "Now a bar chart").add("parameters", first.getJsonArray("parameters"))
                    .add("visualization", Json.createObjectBuilder().add("type", "bar").add("settings",
                            Json.createObjectBuilder().add("stacking", "stacked"))).add("cacheTtlSeconds", 60)
                    .build().toString());
            assertEquals(200, third.status(), third::toString);

            JsonArray history = t.admin.get(path + "/revisions").array();
            assertEquals(4, history.size(), history.toString());
            assertEquals(List.of(4, 3, 2, 1), history.stream().map(r -> r.asJsonObject().getInt("number")).toList());
            assertEquals("Created", history.getJsonObject(3).getString("summary"));
            assertEquals("Renamed", history.getJsonObject(2).getString("summary"));
            assertEquals("Changed the SQL", history.getJsonObject(1).getString("summary"));
            assertEquals("Changed the description, changed the visualization, changed the cache TTL",
                    history.getJsonObject(0).getString("summary"));
            for (JsonValue r : history) {
                assertEquals(first.getString("ownerName"), r.asJsonObject().getString("userName"), "who");
                Instant when = Instant.parse(r.asJsonObject().getString("createdAt"));
                assertTrue(Duration.between(when, Instant.now()).abs().toMinutes() < 10, "when: " + when);
            }

            Api.Reply restored = t.admin.post(path + "/revisions/1/restore", "");
            assertEquals(200, restored.status(), restored::toString);
            JsonObject now = t.admin.get(path).json();
            for (String key : List.of("name", "description", "dataSourceId", "sql", "parameters", "visualization",
                    "collectionId", "cacheTtlSeconds")) {
                assertEquals(first.get(key), now.get(key), key + " equals the first revision's");
            }
            JsonObject newest = t.admin.get(path + "/revisions").array().getJsonObject(0);
            assertEquals(5, newest.getInt("number"));
            assertEquals("Restored revision 1", newest.getString("summary"));
            t.admin.post(path + "/revisions/99/restore", "").isJsonError(404);
        }
    }

    /** acme's sample database: a question's first page equals the SQL read straight from the sample database. */
    @Test
    void aRunOverTheSampleDatabaseEqualsTheSqlReadDirectly() throws Exception {
        Api admin = Api.platformAdmin();
        String api = "/t/acme/api/v1";
        long sample = admin.get(api + "/datasources").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals("Sample Database")).findFirst()
                .orElseThrow(() -> new AssertionError("acme has the sample database")).getJsonNumber("id").longValue();
        String sql = "SELECT p.id, p.title, p.price FROM products p ORDER BY p.id LIMIT 25";
        Api.Reply created = admin.post(api + "/questions", Json.createObjectBuilder().add("name", "Sample products")
                .add("dataSourceId", sample).add("sql", sql).build().toString());
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        try {
            JsonArray rows = admin.post(api + "/questions/" + id + "/run", "{}").json().getJsonObject("result")
                    .getJsonArray("rows");
            List<String> direct = new ArrayList<>();
            String url = System.getProperty("it.db.url").replaceAll("/[^/?]+(\\?.*)?$", "/insightiq_sample");
            try (Connection c = DriverManager.getConnection(url, "insightiq", Database.password());
                 Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    direct.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getBigDecimal(3).stripTrailingZeros()
                            .toPlainString());
                }
            }
            List<String> answered = rows.stream().map(JsonValue::asJsonArray).map(r -> r.getJsonNumber(0).longValue()
                    + "|" + r.getString(1) + "|" + r.getJsonNumber(2).bigDecimalValue().stripTrailingZeros()
                    .toPlainString()).toList();
            assertEquals(25, direct.size());
            assertEquals(direct, answered);
        } finally {
            admin.delete(api + "/questions/" + id);
            admin.delete(api + "/questions/" + id + "?permanent=true");
        }
    }

    static List<Long> ids(JsonArray questions) {
        return questions.stream().map(q -> q.asJsonObject().getJsonNumber("id").longValue()).toList();
    }
}
