package com.insightiq.query.control;

/**
 * Who asked for a run besides the person: ad-hoc SQL, or a saved question ({@code questionId}, recorded in the
 * history; its own {@code cacheTtlSeconds} when set, else the tenant's), possibly as a card of a dashboard
 * ({@code dashboardId}, recorded too; the dashboard's boundary checked access, so viewers may run what the dashboard
 * generates, e.g. the narrowing query of a linked filter).
 */
public record QueryOrigin(Long questionId, Integer cacheTtlSeconds, Long dashboardId) {
    public static final QueryOrigin AD_HOC = new QueryOrigin(null, null, null);

    public QueryOrigin(Long questionId, Integer cacheTtlSeconds) {
        this(questionId, cacheTtlSeconds, null);
    }

    public static QueryOrigin question(long questionId, Integer cacheTtlSeconds) {
        return new QueryOrigin(questionId, cacheTtlSeconds, null);
    }

    /** A question card of a dashboard. */
    public static QueryOrigin card(long questionId, Integer cacheTtlSeconds, long dashboardId) {
        return new QueryOrigin(questionId, cacheTtlSeconds, dashboardId);
    }

    /** A query the dashboard itself generates (a linked filter's choices), not a saved question. */
    public static QueryOrigin dashboard(long dashboardId) {
        return new QueryOrigin(null, null, dashboardId);
    }
}
