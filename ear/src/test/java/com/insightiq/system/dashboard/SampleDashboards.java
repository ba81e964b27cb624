package com.insightiq.system.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.insightiq.system.Api;
import com.insightiq.system.Database;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Dashboards on acme's "Sample Database" for the dashboard system tests: saved questions through the API, dashboards
 * and cards straight in the tenant schema (tables of V8), the direct JDBC reading of the sample, and the ndjson run
 * read line by line as it arrives. Close it to delete what it made.
 */
final class SampleDashboards implements AutoCloseable {
    static final String SLUG = "acme";
    static final String API = "/t/" + SLUG + "/api/v1";
    final Api admin = Api.platformAdmin();
    final long sampleId;
    private final List<Long> questions = new ArrayList<>();
    private final List<Long> dashboards = new ArrayList<>();
    private final List<Long> sources = new ArrayList<>();

    SampleDashboards() {
        sampleId = sourceId("Sample Database");
    }

    long sourceId(String name) {
        return admin.get(API + "/datasources").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("acme has " + name)).getJsonNumber("id").longValue();
    }

    /** The catalog column of the sample's table.column (the catalog is synced when acme gets its sample). */
    long column(long sourceId, String table, String column) {
        return Database.count("SELECT c.id FROM tenant_" + SLUG + ".catalog_column c JOIN tenant_" + SLUG
                + ".catalog_table t ON t.id = c.table_id WHERE t.data_source_id = ? AND t.name = ? AND c.name = ?",
                sourceId, table, column);
    }

    static JsonObjectBuilder parameter(String name, String type, Long columnId) {
        JsonObjectBuilder p = Json.createObjectBuilder().add("name", name).add("type", type).add("label", name)
                .add("required", false);
        if (columnId != null) {
            p.add("columnId", columnId);
        }
        return p;
    }

    long question(long sourceId, String name, String sql, Integer cacheTtl, JsonArrayBuilder parameters) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("name", name).add("dataSourceId", sourceId)
                .add("sql", sql).add("parameters", parameters).add("visualization", Json.createObjectBuilder()
                        .add("type", "table").add("settings", Json.createObjectBuilder()));
        if (cacheTtl != null) {
            body.add("cacheTtlSeconds", cacheTtl);
        }
        Api.Reply created = admin.post(API + "/questions", body.build().toString());
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        questions.add(id);
        return id;
    }

    long dashboard(String name, JsonArrayBuilder filters) {
        long id = Database.count("INSERT INTO tenant_" + SLUG + ".dashboard (name, owner_id, created_by, filters)"
                + " VALUES (?, 1, 1, ?) RETURNING id", name, filters.build().toString());
        dashboards.add(id);
        return id;
    }

    /** A question card at the next free row; mappings as [[filterId, parameter], …]. */
    long card(long dashboardId, long questionId, int row, String... mappings) {
        JsonArrayBuilder wired = Json.createArrayBuilder();
        for (int i = 0; i + 1 < mappings.length; i += 2) {
            wired.add(Json.createObjectBuilder().add("filterId", mappings[i]).add("parameter", mappings[i + 1]));
        }
        return Database.count("INSERT INTO tenant_" + SLUG + ".dashboard_card (dashboard_id, kind, question_id, col,"
                + " row_index, width, height, settings, mappings) VALUES (?, 'QUESTION', ?, 0, ?, 12, 4, '{}', ?)"
                + " RETURNING id", dashboardId, questionId, row * 4, wired.build().toString());
    }

    long textCard(long dashboardId, int row, String markdown) {
        return Database.count("INSERT INTO tenant_" + SLUG + ".dashboard_card (dashboard_id, kind, col, row_index,"
                + " width, height, settings) VALUES (?, 'TEXT', 12, ?, 12, 4, ?) RETURNING id", dashboardId, row * 4,
                Json.createObjectBuilder().add("text", markdown).build().toString());
    }

    /** A data source registered while reachable, then pointed at a port where nothing listens. */
    long deadSource(long workingSourceId) throws Exception {
        long copy = Database.count("INSERT INTO tenant_" + SLUG + ".data_source (name, engine, host, port, database_name,"
                + " username, password_secret, ssl_mode, options, allow_writes, created_by, created_at, updated_at)"
                + " SELECT 'Down ' || gen_random_uuid(), engine, host, ?, database_name, username, password_secret,"
                + " ssl_mode, options, allow_writes, created_by, now(), now() FROM tenant_" + SLUG + ".data_source"
                + " WHERE id = ? RETURNING id", closedPort(), workingSourceId);
        sources.add(copy);
        return copy;
    }

    static int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String runBody(Map<String, Object> filters) {
        JsonObjectBuilder values = Json.createObjectBuilder();
        filters.forEach((k, v) -> {
            if (v instanceof List<?> list) {
                JsonArrayBuilder array = Json.createArrayBuilder();
                list.forEach(item -> array.add(item.toString()));
                values.add(k, array);
            } else {
                values.add(k, v.toString());
            }
        });
        return Json.createObjectBuilder().add("filters", values).build().toString();
    }

    /** One line of the ndjson stream and when it arrived (ms after the request was sent). */
    record Line(JsonObject card, long atMs) {
    }

    /** POSTs …/run and reads the ndjson stream line by line, as the page does. */
    static List<Line> stream(Api who, long dashboardId, String body) {
        long start = System.nanoTime();
        List<Line> lines = new ArrayList<>();
        streamEach(who, dashboardId, body, line -> lines.add(new Line(Json.createReader(new java.io.StringReader(line))
                .readObject(), (System.nanoTime() - start) / 1_000_000)));
        return lines;
    }

    static void streamEach(Api who, long dashboardId, String body, Consumer<String> each) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Api.BASE + API + "/dashboards/" + dashboardId + "/run"))
                .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json")
                .header("Accept", "application/x-ndjson").header("Authorization", "Bearer " + who.token())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<java.util.stream.Stream<String>> response = Api.HTTP.send(request,
                    HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                throw new AssertionError("run answered " + response.statusCode() + ": "
                        + String.join("\n", response.body().toList()));
            }
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson")) {
                throw new AssertionError("not ndjson: " + response.headers());
            }
            response.body().filter(l -> !l.isBlank()).forEach(each);
        } catch (java.io.IOException e) {
            throw new AssertionError("the run stream failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The rows of a table card as text, each cell's raw value (numbers without trailing zeros). */
    static List<String> rows(JsonObject card) {
        JsonArray rows = card.getJsonObject("viz").getJsonObject("table").getJsonArray("rows");
        List<String> out = new ArrayList<>();
        for (JsonArray row : rows.getValuesAs(JsonArray.class)) {
            List<String> cells = new ArrayList<>();
            for (JsonObject cell : row.getValuesAs(JsonObject.class)) {
                cells.add(text(cell.get("raw")));
            }
            out.add(String.join("|", cells));
        }
        return out;
    }

    private static String text(jakarta.json.JsonValue value) {
        if (value == null || value.getValueType() == jakarta.json.JsonValue.ValueType.NULL) {
            return "null";
        }
        if (value instanceof jakarta.json.JsonNumber n) {
            return n.bigDecimalValue().stripTrailingZeros().toPlainString();
        }
        if (value instanceof jakarta.json.JsonString s) {
            return s.getString();
        }
        return value.toString();
    }

    /** The same SQL straight on the sample database, rows as in {@link #rows}. */
    static List<String> direct(String sql, Object... binds) throws Exception {
        String url = System.getProperty("it.db.url").replaceAll("/[^/?]+(\\?.*)?$", "/insightiq_sample");
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
                        Object v = rs.getObject(i);
                        cells.add(v == null ? "null" : v instanceof java.math.BigDecimal d
                                ? d.stripTrailingZeros().toPlainString() : v instanceof Number num
                                ? new java.math.BigDecimal(num.toString()).stripTrailingZeros().toPlainString()
                                : v.toString());
                    }
                    out.add(String.join("|", cells));
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        for (long id : dashboards) {
            Database.execute("DELETE FROM tenant_" + SLUG + ".dashboard WHERE id = " + id);
        }
        for (long id : questions) {
            admin.delete(API + "/questions/" + id);
            admin.delete(API + "/questions/" + id + "?permanent=true");
        }
        for (long id : sources) {
            admin.delete(API + "/datasources/" + id);
        }
    }
}
