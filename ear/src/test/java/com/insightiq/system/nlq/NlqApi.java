package com.insightiq.system.nlq;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.insightiq.system.Api;
import com.insightiq.system.Database;
import com.insightiq.system.Tenancy;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The NLQ API of one tenant for the system tests: request bodies, the catalog ids a test needs (read from the tenant
 * schema), waiting for a source's first sync, and rows read straight from a database to compare answers with.
 */
final class NlqApi {
    final String slug;

    NlqApi(String slug) {
        this.slug = slug;
    }

    String api(String path) {
        return "/t/" + slug + "/api/v1" + path;
    }

    static JsonObjectBuilder question(long sourceId, String question) {
        return Json.createObjectBuilder().add("dataSourceId", sourceId).add("question", question);
    }

    Api.Reply translate(Api who, long sourceId, String question) {
        return who.post(api("/nlq/translate"), question(sourceId, question).add("referenceDate", "2025-06-30")
                .build().toString());
    }

    Api.Reply ask(Api who, long sourceId, String question) {
        return who.post(api("/nlq/ask"), question(sourceId, question).add("referenceDate", "2025-06-30")
                .build().toString());
    }

    long sourceId(Api who, String name) {
        return who.get(api("/datasources")).array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(slug + " has " + name)).getJsonNumber("id").longValue();
    }

    /** Waits until the source has a completed sync (created sources sync at once; acme's sample at start). */
    void awaitCatalog(Api who, long sourceId) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (true) {
            Api.Reply syncs = who.get(api("/datasources/" + sourceId + "/syncs"));
            if (syncs.status() == 200 && syncs.array().getValuesAs(JsonObject.class).stream()
                    .anyMatch(s -> s.getString("status").equals("completed"))) {
                return;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("No completed sync of source " + sourceId + ": " + syncs);
            }
            Thread.sleep(500);
        }
    }

    long table(long sourceId, String table) {
        return Database.count("SELECT id FROM tenant_" + slug + ".catalog_table WHERE data_source_id = ? AND name = ?",
                sourceId, table);
    }

    long column(long sourceId, String table, String column) {
        return Database.count("SELECT c.id FROM tenant_" + slug + ".catalog_column c JOIN tenant_" + slug
                + ".catalog_table t ON t.id = c.table_id WHERE t.data_source_id = ? AND t.name = ? AND c.name = ?",
                sourceId, table, column);
    }

    /** A new member with this role, signed in. */
    Api member(Api admin, String role) {
        String email = role + "-" + UUID.randomUUID().toString().substring(0, 8) + "@" + slug.replace('_', '-')
                + "-nlq.test";
        Tenancy.addMember(admin, slug, email, role);
        return Api.signIn(email, Tenancy.PASSWORD);
    }

    /** {"tableId": t, "measures": [{"aggregation": "COUNT", "tableId": t}]}: how many rows of a table. */
    static JsonObject countOf(long tableId) {
        return Json.createObjectBuilder().add("tableId", tableId).add("measures", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("aggregation", "COUNT").add("tableId", tableId))).build();
    }

    /** Rows of an API result as "a|b|c" with numbers in plain form, to compare with {@link #direct}. */
    static List<String> rows(JsonArray rows) {
        List<String> out = new ArrayList<>();
        for (JsonValue row : rows) {
            List<String> cells = new ArrayList<>();
            for (JsonValue cell : row.asJsonArray()) {
                cells.add(switch (cell.getValueType()) {
                    case NULL -> "null";
                    case NUMBER -> ((jakarta.json.JsonNumber) cell).bigDecimalValue().stripTrailingZeros()
                            .toPlainString();
                    case STRING -> ((jakarta.json.JsonString) cell).getString();
                    default -> cell.toString();
                });
            }
            out.add(String.join("|", cells));
        }
        return out;
    }

    /** The SQL straight on a database of the test server, rows as in {@link #rows}. */
    static List<String> direct(String database, String sql, Object... binds) throws Exception {
        String url = System.getProperty("it.db.url").replaceAll("/[^/?]+(\\?.*)?$", "/" + database);
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "insightiq", Database.password());
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                ps.setObject(i + 1, binds[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        cells.add(cell(rs.getObject(i)));
                    }
                    out.add(String.join("|", cells));
                }
            }
        }
        return out;
    }

    /** A JDBC value as the API's JSON writes it: plain numbers, instants (timestamptz) in ISO form with Z. */
    private static String cell(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Number num) {
            return new BigDecimal(num.toString()).stripTrailingZeros().toPlainString();
        }
        if (v instanceof java.sql.Timestamp ts) {
            return ts.toInstant().toString();
        }
        return v.toString();
    }

    static void assertAnswered(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        JsonObject answer = reply.json().containsKey("answer") ? reply.json().getJsonObject("answer") : reply.json();
        assertEquals("answered", answer.getString("status"), reply::toString);
    }
}
