package com.insightiq.viz.boundary;

import java.util.Map;

/**
 * How to show a result: a type code ({@code table, number, trend, progress, gauge, bar, row, line, area, combo, pie,
 * scatter, funnel, waterfall, histogram, pivot}) and its settings as decoded JSON (maps, lists, strings, numbers,
 * booleans). The settings' keys are listed in {@code viz/control/package-info.java}; {@link Visualizations#check}
 * refuses anything else with a sentence.
 */
public record Visualization(String type, Map<String, Object> settings) {
    public Visualization {
        settings = settings == null ? Map.of() : settings;
    }
}
