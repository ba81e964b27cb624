package com.insightiq.dashboard.boundary;

import java.util.Map;

/**
 * What a click on a question card's chart does. {@code action}: "filter" (cross-filter: set dashboard filter
 * {@code filterId} to the clicked row's value of {@code column}; null column: the dimension clicked), "question"
 * or "dashboard" (open {@code targetId} of this tenant, passing {@code pass}: target parameter or filter id →
 * result column name), "url" ({@code url}, http(s) only, where {@code {{column}}} is replaced by the clicked row's
 * value, URL-encoded). Null click: the chart's own drill-through menu.
 */
public record CardClick(String action, String filterId, String column, Long targetId, String url,
                        Map<String, String> pass) {
}
