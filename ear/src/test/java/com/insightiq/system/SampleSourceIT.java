package com.insightiq.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a new installation shows first: the demo tenant has the sample database as a read-only data source, synced
 * at the first start, with the keys, semantic types and field values the later features build on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SampleSourceIT {
    private static final String DEMO = "/t/acme/api/v1";


    @Test
    void theDemoTenantHasTheSyncedSampleDatabase() throws Exception {
        Api admin = Api.platformAdmin();
        JsonArray sources = admin.get(DEMO + "/datasources").array();
        JsonObject sample = sources.getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals("Sample Database")).findFirst()
                .orElseThrow(() -> new AssertionError("no sample data source in acme: " + sources));
        assertEquals(1, sources.getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals("Sample Database")).count(), "registered once");
        assertEquals("postgresql", sample.getString("engine"));
        assertEquals("insightiq_sample", sample.getString("database"));
        assertEquals("insightiq_sample_reader", sample.getString("username"), "read with the read-only role");
        assertFalse(sample.getBoolean("allowWrites"));
        assertTrue(sample.getBoolean("hasPassword"));
        long id = sample.getJsonNumber("id").longValue();

        JsonObject sync = awaitFirstSync(admin, id);
        assertEquals("completed", sync.getString("status"), sync.toString());

        Map<String, JsonObject> tables = new HashMap<>();
        admin.get(DEMO + "/datasources/" + id + "/tables").array().getValuesAs(JsonObject.class)
                .forEach(t -> tables.put(t.getString("name"), t));
        assertEquals(java.util.Set.of("people", "products", "orders", "order_lines", "reviews"), tables.keySet());
        long orders = tables.get("orders").getJsonNumber("estimatedRows").longValue();
        assertTrue(orders > 15_000 && orders < 25_000, "about 19,000 orders, estimated " + orders);

        Map<String, JsonObject> orderColumns = columns(admin, tables.get("orders"));
        Map<String, JsonObject> peopleColumns = columns(admin, tables.get("people"));
        assertEquals("pk", orderColumns.get("id").getString("semanticType"));
        assertEquals("fk", orderColumns.get("person_id").getString("semanticType"));
        assertEquals(peopleColumns.get("id").getJsonNumber("id").longValue(),
                orderColumns.get("person_id").getJsonNumber("fkTargetColumnId").longValue(), "FK resolved to people.id");
        assertEquals("date-time", orderColumns.get("created_at").getString("semanticType"));
        assertEquals("email", peopleColumns.get("email").getString("semanticType"));
        assertEquals("Orders", tables.get("orders").getString("displayName"));

        JsonObject source = peopleColumns.get("source");
        assertEquals("category", source.getString("semanticType"));
        JsonArray values = admin.get(DEMO + "/columns/" + source.getJsonNumber("id").longValue() + "/values").json()
                .getJsonArray("values");
        assertTrue(values.getValuesAs(JsonValue.class).toString().contains("Organic"),
                "low-cardinality values are kept for filters and questions: " + values);
    }

    private static Map<String, JsonObject> columns(Api admin, JsonObject table) {
        Map<String, JsonObject> byName = new HashMap<>();
        admin.get(DEMO + "/tables/" + table.getJsonNumber("id").longValue()).json().getJsonArray("columns")
                .getValuesAs(JsonObject.class).forEach(c -> byName.put(c.getString("name"), c));
        return byName;
    }

    private static JsonObject awaitFirstSync(Api admin, long id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        Optional<JsonObject> last = Optional.empty();
        while (System.currentTimeMillis() < deadline) {
            JsonArray history = admin.get(DEMO + "/datasources/" + id + "/syncs").array();
            last = history.getValuesAs(JsonObject.class).stream().reduce((newest, older) -> older);
            if (last.isPresent() && !last.get().getString("status").matches("queued|running")) {
                return last.get();
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("The sample's first sync did not finish within 3 minutes: " + last);
    }
}
