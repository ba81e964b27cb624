package com.insightiq.query.boundary;

/**
 * Why a query did not give rows, for a person: a stable {@code code} (e.g. {@code not-read-only}, {@code query-failed},
 * {@code timeout}, {@code cancelled}, {@code source-unavailable}) and, where the database says, the 1-based line and
 * column in the SQL the person wrote.
 */
public record QueryError(String code, String message, Integer line, Integer position) {
}
