package com.insightiq.system.query;

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
import java.util.Arrays;
import java.util.Set;

/**
 * The query REST API of one tenant as one member calls it ({@code POST/GET/DELETE /t/{slug}/api/v1/queries…}), with
 * the checks every answer must pass: JSON, the documented shape, never a 500 or an HTML page.
 */
final class QueryApi {
    private final Api api;
    private final String base;

    QueryApi(Api api, String slug) {
        this.api = api;
        this.base = "/t/" + slug + "/api/v1";
    }

    Api api() {
        return api;
    }

    String base() {
        return base;
    }

    /** POST /queries with the default wait; the raw reply. */
    Api.Reply run(long sourceId, String sql, JsonValue... parameters) {
        return post(body(sourceId, sql, parameters).build());
    }

    Api.Reply post(JsonObject body) {
        return api.post(base + "/queries", body.toString());
    }

    /** POST /queries that must complete: 200 with the documented shape. */
    JsonObject rows(long sourceId, String sql, JsonValue... parameters) {
        return completed(run(sourceId, sql, parameters));
    }

    /** POST /queries with wait 0: the execution is left running; 202 with its id. */
    String submit(long sourceId, String sql, JsonValue... parameters) {
        Api.Reply reply = post(body(sourceId, sql, parameters).add("wait", 0).build());
        assertEquals(202, reply.status(), () -> "a slow query answers 202 at once: " + reply);
        JsonObject state = reply.json();
        assertTrue(Set.of("queued", "running").contains(state.getString("status")), reply::toString);
        String id = state.getString("executionId");
        assertFalse(id.isBlank());
        return id;
    }

    Api.Reply execution(String executionId, String query) {
        return api.get(base + "/queries/" + executionId + (query.isEmpty() ? "" : "?" + query));
    }

    Api.Reply cancel(String executionId) {
        return api.delete(base + "/queries/" + executionId);
    }

    JsonArray history() {
        Api.Reply reply = api.get(base + "/queries/history?limit=50");
        assertEquals(200, reply.status(), reply::toString);
        return reply.array();
    }

    static JsonObjectBuilder body(long sourceId, String sql, JsonValue... parameters) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        Arrays.stream(parameters).forEach(list::add);
        return Json.createObjectBuilder().add("dataSourceId", sourceId).add("sql", sql).add("parameters", list);
    }

    /** A completed first page or page of a result: checks the shape the contract promises. */
    static JsonObject completed(Api.Reply reply) {
        if (reply.status() != 200) {
            throw new AssertionError("Expected a completed query but got " + reply);
        }
        assertTrue(reply.contentType().startsWith("application/json"), reply::toString);
        JsonObject result = reply.json();
        assertEquals("completed", result.getString("status"), reply::toString);
        assertFalse(result.getString("executionId").isBlank());
        assertEquals(result.getJsonArray("rows").size(), result.getInt("rowCount"), "rowCount counts the rows sent");
        assertTrue(result.getJsonNumber("durationMs").longValue() >= 0);
        result.getBoolean("truncated");
        result.getBoolean("cached");
        for (JsonValue column : result.getJsonArray("columns")) {
            JsonObject c = column.asJsonObject();
            assertFalse(c.getString("name").isEmpty() && c.getString("type").isEmpty(), reply::toString);
            assertEquals(c.getString("type").toLowerCase(java.util.Locale.ROOT), c.getString("type"),
                    "type names are lower case");
        }
        return result;
    }

    /** A refused or failed query: the status, JSON, a stable code among {@code codes} and a sentence for a person. */
    static JsonObject error(Api.Reply reply, int status, String... codes) {
        if (reply.status() != status) {
            throw new AssertionError("Expected " + status + " " + Arrays.toString(codes) + " but got " + reply);
        }
        return jsonError(reply, codes);
    }

    /** Any 4xx error: JSON with {@code error} and {@code message}, no internals. */
    static JsonObject jsonError(Api.Reply reply, String... codes) {
        if (reply.status() < 400 || reply.status() >= 500) {
            throw new AssertionError("Expected a 4xx error but got " + reply);
        }
        if (!reply.contentType().startsWith("application/json")) {
            throw new AssertionError("Error is not JSON: " + reply + " (" + reply.contentType() + ")");
        }
        JsonObject error = reply.json();
        if (!error.containsKey("message") || error.getString("message").isBlank()
                || !error.containsKey("error") || error.getString("error").isBlank()) {
            throw new AssertionError("Error body lacks error/message: " + reply);
        }
        if (reply.body().contains("Exception") || reply.body().contains("\tat ")) {
            throw new AssertionError("Error body leaks internals: " + reply);
        }
        if (codes.length > 0 && !Arrays.asList(codes).contains(error.getString("error"))) {
            throw new AssertionError("Expected error code " + Arrays.toString(codes) + " but got " + reply);
        }
        return error;
    }

    /** Polls the execution until it is finished; returns the last reply. */
    Api.Reply awaitFinished(String executionId, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            Api.Reply reply = execution(executionId, "wait=1");
            boolean running = reply.status() == 202 || reply.status() == 200
                    && Set.of("queued", "running").contains(reply.json().getString("status", ""));
            if (!running || System.currentTimeMillis() > deadline) {
                return reply;
            }
            Thread.sleep(200);
        }
    }

    static JsonObject param(String name, String type, JsonValue value) {
        return Json.createObjectBuilder().add("name", name).add("type", type).add("value", value).build();
    }

    static JsonObject text(String name, String value) {
        return param(name, "text", Json.createValue(value));
    }

    static JsonObject number(String name, long value) {
        return param(name, "number", Json.createValue(value));
    }

    static JsonObject field(String name, long columnId, JsonValue value, String alias) {
        JsonObjectBuilder field = Json.createObjectBuilder().add("name", name).add("type", "field")
                .add("value", value).add("columnId", columnId);
        if (alias != null) {
            field.add("alias", alias);
        }
        return field.build();
    }

    static JsonArray strings(String... values) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        Arrays.stream(values).forEach(list::add);
        return list.build();
    }

    static JsonObject range(String from, String to) {
        JsonObjectBuilder range = Json.createObjectBuilder();
        if (from != null) {
            range.add("from", from);
        }
        if (to != null) {
            range.add("to", to);
        }
        return range.build();
    }
}
