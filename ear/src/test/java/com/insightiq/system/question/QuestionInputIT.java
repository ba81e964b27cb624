package com.insightiq.system.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Bad input on every questions endpoint is a JSON 4xx with a sentence, never a 500: oversized and control-character
 * names, wrong JSON types, unknown fields and sources, malformed bodies, huge or writing SQL, parameters that do not
 * match the SQL, unknown visualization types, stale versions. {@code <script>} names are stored as typed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionInputIT {


    @Test
    void badInputIsRefusedWithASentence() {
        try (QuestionTenant t = QuestionTenant.create("qinput")) {
            Api a = t.admin;
            String path = t.questions();
            String sql = "SELECT region FROM sales";
            a.post(path, t.body("x".repeat(10_240), sql).build().toString()).isJsonError(400);
            a.post(path, t.body("   ", sql).build().toString()).isJsonError(400);
            a.post(path, t.body("bell\u0007name", sql).build().toString()).isJsonError(400);
            a.post(path, t.body("two\nlines", sql).build().toString()).isJsonError(400);
            a.post(path, t.body("ok", sql).add("description", "d".repeat(4001)).build().toString()).isJsonError(400);
            for (String wrong : List.of("{\"name\":5}", "{\"name\":\"n\",\"dataSourceId\":\"1\"}",
                    "{\"name\":\"n\",\"dataSourceId\":1.5}", "{\"name\":\"n\",\"sql\":[\"SELECT 1\"]}",
                    "{\"name\":\"n\",\"parameters\":\"region\"}", "{\"name\":\"n\",\"visualization\":\"bar\"}",
                    "{\"name\":\"n\",\"cacheTtlSeconds\":true}", "{\"name\":\"n\",\"collectionId\":{}}",
                    "{\"name\":\"n\",\"colour\":\"red\"}", "{", "", "[]", "null")) {
                a.post(path, wrong).isJsonError(400);
            }
            a.post(path, t.body("n", sql).add("dataSourceId", 987_654).build().toString()).isJsonError(404);
            a.post(path, t.body("n", sql).add("dataSourceId", -1).build().toString()).isJsonError(404);
            a.post(path, t.body("n", sql).add("collectionId", 987_654).build().toString()).isJsonError(404);
            a.post(path, t.body("n", "SELECT 1 -- " + "x".repeat(100_001)).build().toString()).isJsonError(400);
            a.post(path, t.body("n", "").build().toString()).isJsonError(400);
            Api.Reply delete = a.post(path, t.body("n", "DELETE FROM sales").build().toString()).isJsonError(400);
            assertTrue(delete.message().contains("reading"), delete::toString);
            a.post(path, t.body("n", "SELECT 1; DROP TABLE sales").build().toString()).isJsonError(400);
            a.post(path, t.body("n", "SELECT {{a}}").add("parameters", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("name", "b"))).build().toString()).isJsonError(400);
            a.post(path, t.body("n", "SELECT {{a}}").add("parameters", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("name", "a").add("type", "colour"))).build().toString())
                    .isJsonError(400);
            a.post(path, t.body("n", "SELECT [[ {{a}}").build().toString()).isJsonError(400);
            a.post(path, t.body("n", sql).add("visualization", Json.createObjectBuilder().add("type", "sparkle"))
                    .build().toString()).isJsonError(400);
            a.post(path, t.body("n", sql).add("cacheTtlSeconds", -1).build().toString()).isJsonError(400);
            a.post(path, t.body("n", sql).add("cacheTtlSeconds", 604_801).build().toString()).isJsonError(400);

            String script = "<script>alert('q')</script> & \"quotes\"";
            JsonObject stored = t.create(t.body(script, sql));
            long id = stored.getJsonNumber("id").longValue();
            assertEquals(script, a.get(path + "/" + id).json().getString("name"), "stored as typed");
            JsonObject auto = t.create(t.body("Variables described by the SQL", "SELECT {{a}} [[ , {{b}} ]]"));
            assertEquals(2, auto.getJsonArray("parameters").size(), auto.toString());

            int version = stored.getInt("version");
            Api.Reply edited = a.put(path + "/" + id, t.body("Edited", sql).add("version", version).build().toString());
            assertEquals(200, edited.status(), edited::toString);
            a.put(path + "/" + id, t.body("Stale", sql).add("version", version).build().toString()).isJsonError(409);
            a.put(path + "/" + id, "{\"name\":7}").isJsonError(400);
            a.put(path + "/" + id, "").isJsonError(400);
            a.post(path + "/" + id + "/duplicate", "{\"name\":\"" + "y".repeat(300) + "\"}").isJsonError(400);
            a.post(path + "/" + id + "/duplicate", "{\"name\":3}").isJsonError(400);
            a.post(path + "/" + id + "/move", "{\"collectionId\":\"root\"}").isJsonError(400);
            a.post(path + "/" + id + "/move", "{\"collectionId\":987654}").isJsonError(404);
            a.post(path + "/" + id + "/move", "").isJsonError(400);
            a.post(path + "/" + id + "/run", "{\"parameters\":{}}").isJsonError(400);
            a.post(path + "/" + id + "/run", "{\"parameters\":[{\"name\":\"x\",\"value\":1}]}").isJsonError(400);
            a.post(path + "/" + id + "/run", "{\"values\":[]}").isJsonError(400);
            a.get(path + "?collectionId=abc").isJsonError(400);
            a.get(path + "?archived=maybe").isJsonError(400);
            a.delete(path + "/" + id + "?permanent=perhaps").isJsonError(400);
            a.get(path + "/987654").isJsonError(404);
            a.get(path + "/987654/revisions").isJsonError(404);
        }
    }
}
