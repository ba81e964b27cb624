package com.insightiq.system.nlq;

import com.insightiq.system.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;

/**
 * What {@code POST …/nlq/translate} said to one question of the set, and how long the client waited. A reply that is
 * not a 200 with a status (an engine or API not there yet, a 4xx, a timeout) counts as {@code cannot_answer} and
 * keeps its error, so a broken engine shows up in the report instead of stopping the run.
 */
record DevAnswer(DevSet.Question question, int http, String status, double confidence, String interpretation,
        String sql, long millis, String error) {
    static final String ANSWERED = "answered";
    static final String AMBIGUOUS = "ambiguous";
    static final String CANNOT_ANSWER = "cannot_answer";

    static DevAnswer ask(Api api, String slug, long dataSourceId, DevSet.Question q, LocalDate referenceDate) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("dataSourceId", dataSourceId)
                .add("question", q.question()).add("referenceDate", referenceDate.toString());
        if (!q.instructions().isBlank()) {
            body.add("context", q.instructions());
        }
        long start = System.nanoTime();
        Api.Reply reply;
        try {
            reply = api.post("/t/" + slug + "/api/v1/nlq/translate", body.build().toString());
        } catch (RuntimeException | AssertionError e) {
            return failed(q, 0, millisSince(start), String.valueOf(e.getMessage()));
        }
        long millis = millisSince(start);
        if (reply.status() != 200) {
            return failed(q, reply.status(), millis, "HTTP " + reply);
        }
        try {
            JsonObject a = reply.json();
            String status = a.getString("status", "");
            if (!status.equals(ANSWERED) && !status.equals(AMBIGUOUS) && !status.equals(CANNOT_ANSWER)) {
                return failed(q, 200, millis, "unknown status in " + reply);
            }
            return new DevAnswer(q, 200, status, a.containsKey("confidence") && !a.isNull("confidence")
                    ? a.getJsonNumber("confidence").doubleValue() : 0, a.getString("interpretation", null),
                    a.getString("sql", null), millis, null);
        } catch (RuntimeException | AssertionError e) {
            return failed(q, 200, millis, "unreadable reply: " + e.getMessage());
        }
    }

    private static DevAnswer failed(DevSet.Question q, int http, long millis, String error) {
        return new DevAnswer(q, http, CANNOT_ANSWER, 0, null, null, millis,
                error.length() > 300 ? error.substring(0, 300) + "…" : error);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    boolean answered() {
        return ANSWERED.equals(status);
    }

    /** Only answered questions predict SQL; an answer without SQL is scored as missing. */
    boolean predicts() {
        return answered() && sql != null && !sql.isBlank();
    }

    boolean failed() {
        return error != null;
    }

    JsonObject toJson() {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", question.id()).add("db", question.db())
                .add("category", question.category()).add("status", status).add("confidence", confidence);
        nullable(o, "interpretation", interpretation);
        nullable(o, "sql", sql);
        o.add("millis", millis).add("http", http);
        if (error != null) {
            o.add("error", error);
        }
        return o.build();
    }

    private static void nullable(JsonObjectBuilder o, String key, String value) {
        if (value == null) {
            o.addNull(key);
        } else {
            o.add(key, value);
        }
    }
}
