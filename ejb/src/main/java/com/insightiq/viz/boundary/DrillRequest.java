package com.insightiq.viz.boundary;

import java.util.Map;

/**
 * A click on a chart turned into a new question: {@code action} is {@code rows} (view these rows), {@code breakout}
 * (break out by {@code column}) or {@code zoom} (zoom in to a finer time grain or a narrower range); {@code values}
 * maps the clicked point's dimension columns to their raw values.
 */
public record DrillRequest(String action, Map<String, Object> values, String column) {
}
