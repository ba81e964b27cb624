package com.insightiq.viz.boundary;

import java.util.Map;

/**
 * A click on a chart turned into a new question: {@code action} is {@code rows} (view these rows), {@code breakout}
 * (break out by {@code column}) or {@code zoom} (zoom in to a finer time grain or a narrower range); {@code values}
 * maps the clicked point's dimension columns to their raw values (ISO-8601 strings for times, as the chart's drill
 * hints carry them); {@code grain} is the {@code dateGrain} the chart labelled time values at (the hint
 * {@code drill.dateGrain}), so a click on "Jan 2024" means the whole month.
 */
public record DrillRequest(String action, Map<String, Object> values, String column, String grain) {
    /** Without a grain: time values are taken as the day (a date) or the minute (a date-time) they name. */
    public DrillRequest(String action, Map<String, Object> values, String column) {
        this(action, values, column, null);
    }
}
