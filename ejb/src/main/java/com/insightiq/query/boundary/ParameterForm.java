package com.insightiq.query.boundary;

/**
 * A value for one {@code {{name}}} variable as it arrives from JSON: {@code type} is a
 * {@link com.insightiq.query.control.ParameterType} code; {@code value} is decoded JSON (string, number, boolean, list,
 * or {@code {"from":…,"to":…}}); field filters add the catalog {@code columnId} and, optionally, the SQL's table alias.
 */
public record ParameterForm(String name, String type, Object value, Long columnId, String alias) {
}
