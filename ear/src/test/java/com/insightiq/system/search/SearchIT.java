package com.insightiq.system.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import com.insightiq.system.SourceFixtures;
import com.insightiq.system.collection.CollectionTenant;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Global search over questions, collections, catalog tables and columns: ranked (an exact name first), prefixes for
 * type-ahead, English and German words, hidden tables and the catalog left out for viewers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchIT {


    @Test
    void findsEveryKindRankedWithPrefixesInEnglishAndGerman() throws Exception {
        CollectionTenant t = CollectionTenant.create("search");
        long me = CollectionTenant.userId(t.admin);
        long sales = t.collection(t.admin, "Sales reports", null);
        t.question("Revenue by order month", "Monatliche Umsätze aller Bestellungen", sales, me);
        t.question("Orders", "every order", sales, me);
        t.question("Order lines per customer", "Lines of the orders", null, me);
        long archived = t.question("Orders archive", null, sales, me);
        com.insightiq.system.Database.execute("UPDATE tenant_" + t.slug + ".question SET archived_at = now(),"
                + " archived_by = 1 WHERE id = " + archived);

        try (SourceFixtures.Fixture db = SourceFixtures.postgres("srch")) {
            db.execute("CREATE TABLE orders_2024 (id SERIAL PRIMARY KEY, shipping_country TEXT, total NUMERIC);"
                    + " CREATE TABLE secret_payroll (id SERIAL PRIMARY KEY, salary NUMERIC);"
                    + " GRANT SELECT ON orders_2024, secret_payroll TO " + db.user());
            long source = addSource(t, db);
            long payroll = tableId(t, source, "secret_payroll");
            Api.Reply hidden = t.admin.put(t.api("/tables/" + payroll), "{\"hidden\": true}");
            assertTrue(hidden.status() == 200 || hidden.status() == 204, hidden::toString);

            List<JsonObject> orders = hits(t.admin, t, "orders");
            assertEquals("Orders", orders.get(0).getString("name"), "the exact name comes first: " + orders);
            assertEquals("question", orders.get(0).getString("kind"));
            assertEquals("Sales reports", orders.get(0).getJsonObject("collection").getString("name"));
            assertTrue(orders.get(0).getString("url").endsWith("/t/" + t.slug + "/question.xhtml?id="
                    + orders.get(0).getJsonNumber("id")), orders.get(0)::toString);
            assertTrue(names(orders).contains("orders_2024"), "tables are found: " + names(orders));
            assertFalse(names(orders).contains("Orders archive"), "the trash is not searched");

            assertTrue(names(hits(t.admin, t, "ord")).contains("Orders"), "a prefix finds while typing");
            assertTrue(names(hits(t.admin, t, "orders_20")).contains("orders_2024"));
            List<JsonObject> column = hits(t.admin, t, "shipping");
            assertEquals("column", column.get(0).getString("kind"), column::toString);
            assertEquals("orders_2024", column.get(0).getString("tableName"));
            assertTrue(hits(t.admin, t, "salary").isEmpty(), "columns of hidden tables stay hidden");
            assertTrue(hits(t.admin, t, "payroll").isEmpty(), "hidden tables stay hidden");

            assertTrue(names(hits(t.admin, t, "Umsatz")).contains("Revenue by order month"), "German stems");
            assertTrue(names(hits(t.admin, t, "umsätze")).contains("Revenue by order month"));
            assertTrue(names(hits(t.admin, t, "customers")).contains("Order lines per customer"), "English stems");
            assertEquals(List.of("Sales reports"), names(hits(t.admin, t, "sales&kind=collection")));
            t.admin.get(t.api("/search?q=x&kind=planet")).isJsonError(400);

            Api viewer = t.member("viewer", "vi");
            List<JsonObject> seen = hits(viewer, t, "orders");
            assertTrue(seen.stream().allMatch(h -> h.getString("kind").equals("question")
                    || h.getString("kind").equals("collection")), "viewers do not read the catalog: " + seen);
            assertTrue(names(seen).contains("Orders"));
        }
    }

    static List<JsonObject> hits(Api who, CollectionTenant t, String q) {
        String[] parts = q.split("&kind=");
        String path = "/search?q=" + URLEncoder.encode(parts[0], StandardCharsets.UTF_8)
                + (parts.length > 1 ? "&kind=" + parts[1] : "");
        Api.Reply reply = who.get(t.api(path));
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().stream().map(JsonValue::asJsonObject).toList();
    }

    static List<String> names(List<JsonObject> hits) {
        return hits.stream().map(h -> h.getString("name")).toList();
    }

    static long addSource(CollectionTenant t, SourceFixtures.Fixture db) throws InterruptedException {
        Api.Reply created = t.admin.post(t.api("/datasources"), db.body("Shop").build().toString());
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        long deadline = System.currentTimeMillis() + 90_000;
        while (!t.admin.get(t.api("/datasources/" + id + "/syncs")).body().contains("\"completed\"")) {
            assertTrue(System.currentTimeMillis() < deadline, "the first sync finishes");
            Thread.sleep(300);
        }
        return id;
    }

    static long tableId(CollectionTenant t, long source, String table) {
        JsonArray tables = t.admin.get(t.api("/datasources/" + source + "/tables")).array();
        return tables.stream().map(JsonValue::asJsonObject).filter(o -> o.getString("name").equals(table))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }
}
