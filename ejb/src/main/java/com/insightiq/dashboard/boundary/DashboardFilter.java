package com.insightiq.dashboard.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/**
 * A dashboard-level filter. {@code id}: a short slug unique in the dashboard ([a-z0-9-]{1,64}), the name of its URL
 * query parameter and of its key in run requests. {@code type}: "date", "category", "number", "text" or "id".
 * {@code defaultValue} ({@code "default"} in JSON) is a value as {@link FilterValues} describes; {@code required}
 * filters always have a value (their default when none is given). {@code columnId}: the catalog column whose field
 * values a category filter offers (null: the column of the first field filter it is wired to). {@code linkedTo}: ids
 * of other category filters whose current values narrow this one's choices (country → city).
 */
public record DashboardFilter(String id, String name, String type, @JsonbProperty("default") Object defaultValue,
                              Boolean required, Long columnId, List<String> linkedTo) {
    public static final List<String> TYPES = List.of("date", "category", "number", "text", "id");
}
