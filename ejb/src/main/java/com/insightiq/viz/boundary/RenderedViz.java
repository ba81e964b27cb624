package com.insightiq.viz.boundary;

import java.util.List;

/**
 * A result drawn as {@code effective} says (the request with the automatic choices filled in). Exactly one of the
 * shapes is set: {@code chartConfig} (a Chart.js configuration as JSON for {@code p:chart}) for bar, row, line, area,
 * combo, pie, scatter, funnel, waterfall, histogram and gauge; {@code scalar} for number, trend and progress (gauge
 * has both); {@code table}; {@code pivot}. {@code sampling} says whether points were left out; {@code notes} are
 * sentences for the person (e.g. "Showing 2,000 of 50,000 points (LTTB)").
 */
public record RenderedViz(String type, Visualization effective, String chartConfig, ScalarViz scalar,
                          TableViz table, PivotViz pivot, Sampling sampling, List<String> notes) {
}
