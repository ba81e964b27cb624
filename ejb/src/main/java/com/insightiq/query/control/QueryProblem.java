package com.insightiq.query.control;

/**
 * Why a query gave no rows, in words for the person who wrote it: a stable {@code code} for the API and, where the
 * database said, the 1-based line and column in the SQL as the person wrote it.
 */
public record QueryProblem(String code, String message, Integer line, Integer position) {
    public static final String INVALID_INPUT = "invalid-input";
    public static final String NOT_READ_ONLY = "not-read-only";
    public static final String QUERY_FAILED = "query-failed";
    public static final String TIMEOUT = "timeout";
    public static final String CANCELLED = "cancelled";
    public static final String SOURCE_UNAVAILABLE = "source-unavailable";

    public static QueryProblem of(String code, String message) {
        return new QueryProblem(code, message, null, null);
    }
}
