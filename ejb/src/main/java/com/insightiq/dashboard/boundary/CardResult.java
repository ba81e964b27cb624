package com.insightiq.dashboard.boundary;

import com.insightiq.viz.boundary.RenderedViz;
import java.time.Instant;
import java.util.List;

/**
 * One card's answer for a set of filter values. {@code status}: "ok" or "error" (then {@code error} is a sentence for
 * the person and {@code errorCode} the query engine's problem code or "question-missing", "forbidden",
 * "bad-filter"). Question cards carry {@code viz} (the question's visualization rendered in the tenant's zone and
 * the request's locale); text cards {@code html} (markdown rendered with every HTML tag of the text escaped, filter
 * values substituted as text). {@code updatedAt}: when the rows were read (a cached answer keeps its original time);
 * {@code cached}: answered from the result cache; {@code durationMs}: time to answer on the server;
 * {@code applied}: filter ids that reached this card's query.
 */
public record CardResult(long cardId, String status, String error, String errorCode, RenderedViz viz, String html,
                         Instant updatedAt, boolean cached, long durationMs, List<String> applied) {
    public static final String OK = "ok";
    public static final String ERROR = "error";
}
