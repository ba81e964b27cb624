package com.insightiq.query.control;

/**
 * Who asked for a run besides the person: ad-hoc SQL, or a saved question ({@code questionId}, recorded in the
 * history; its own {@code cacheTtlSeconds} when set, else the tenant's).
 */
public record QueryOrigin(Long questionId, Integer cacheTtlSeconds) {
    public static final QueryOrigin AD_HOC = new QueryOrigin(null, null);

    public static QueryOrigin question(long questionId, Integer cacheTtlSeconds) {
        return new QueryOrigin(questionId, cacheTtlSeconds);
    }
}
