package com.insightiq.system.nlq;

import com.insightiq.system.Api;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * {@code GET …/nlq/status} (PipelineState: status, since, loadTime or loadMillis, heapBytes or heapMegabytes, error),
 * polled from deploy until the language pipeline is READY. Waiting gives up on FAILED, after a minute without a status
 * endpoint or still NOT_STARTED, and after {@code nlq.readyTimeout} seconds (600) of LOADING; the evaluation then goes
 * on and reports it.
 */
final class PipelineStatus {
    static final long READY_TIMEOUT_SECONDS = Long.getLong("nlq.readyTimeout", 600);
    static final long GRACE_MILLIS = 60_000;

    /** When polling first saw READY (null if never), the last status read (null if none) and why waiting stopped. */
    record Ready(Instant seenReady, JsonObject last, String note) {
        EvaluationSummary.Pipeline figures(JsonObject after, Instant deployStarted, Long liveHeap) {
            JsonObject s = after != null ? after : last;
            String status = s == null ? "none" : s.getString("status", "?");
            Double polled = seenReady == null || deployStarted == null ? null
                    : Duration.between(deployStarted, seenReady).toMillis() / 1000.0;
            Instant since = s == null || !"READY".equals(status) ? null : instant(s.get("since"));
            Double server = since == null || deployStarted == null ? null
                    : Duration.between(deployStarted, since).toMillis() / 1000.0;
            String error = s != null && s.containsKey("error") && !s.isNull("error") ? s.getString("error") : null;
            return new EvaluationSummary.Pipeline(status, s == null ? null : loadSeconds(s), s == null ? null : heap(s),
                    polled, server, liveHeap, error == null ? note : (note == null ? "" : note + " ")
                            + "Pipeline error: " + error);
        }
    }

    private PipelineStatus() {
    }

    static JsonObject read(Api api, String slug) {
        try {
            Api.Reply reply = api.get("/t/" + slug + "/api/v1/nlq/status");
            return reply.status() == 200 ? reply.json() : null;
        } catch (RuntimeException | AssertionError e) {
            return null;
        }
    }

    static Ready awaitReady(Api api, String slug) throws InterruptedException {
        long start = System.currentTimeMillis();
        long deadline = start + READY_TIMEOUT_SECONDS * 1000;
        JsonObject last = null;
        while (true) {
            JsonObject s = read(api, slug);
            long now = System.currentTimeMillis();
            if (s != null) {
                last = s;
                String status = s.getString("status", "");
                if (status.equals("READY")) {
                    return new Ready(Instant.now(), s, null);
                }
                if (status.equals("FAILED")) {
                    return new Ready(null, s, "The pipeline failed to load.");
                }
                if (status.equals("NOT_STARTED") && now - start > GRACE_MILLIS) {
                    return new Ready(null, s, "The pipeline had not started a minute after the deploy.");
                }
            } else if (now - start > GRACE_MILLIS) {
                return new Ready(null, last, "GET …/nlq/status did not answer 200 for a minute.");
            }
            if (now > deadline) {
                return new Ready(null, last, "The pipeline was not READY within " + READY_TIMEOUT_SECONDS + " s.");
            }
            Thread.sleep(250);
        }
    }

    /** PipelineState's {@code loadTime}, or {@code loadMillis} where the API flattens it. */
    static Double loadSeconds(JsonObject s) {
        if (s.get("loadMillis") instanceof JsonNumber n) {
            return n.doubleValue() / 1000.0;
        }
        return seconds(s.get("loadTime"));
    }

    /** PipelineState's {@code heapBytes}, or {@code heapMegabytes} where the API rounds it. */
    static Long heap(JsonObject s) {
        if (s.get("heapBytes") instanceof JsonNumber n) {
            return n.longValue();
        }
        return s.get("heapMegabytes") instanceof JsonNumber mb ? mb.longValue() * 1024 * 1024 : null;
    }

    /** A JSON-B Duration is an ISO-8601 string ("PT6.2S"); a bare number is taken as milliseconds. */
    static Double seconds(JsonValue v) {
        if (v instanceof JsonString s) {
            try {
                return Duration.parse(s.getString()).toMillis() / 1000.0;
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return v instanceof JsonNumber n ? n.doubleValue() / 1000.0 : null;
    }

    static Instant instant(JsonValue v) {
        try {
            return v instanceof JsonString s ? Instant.parse(s.getString()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
