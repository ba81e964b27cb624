package com.insightiq.viz.control;

import com.insightiq.viz.boundary.Sampling;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * A waterfall: each category's change as a floating bar {@code [start, end]} from the running total, increases and
 * decreases in two colours, and a closing bar from zero to the total.
 */
public final class WaterfallChart {
    static final String INCREASE = "#59a14f";
    static final String DECREASE = "#e15759";
    static final String TOTAL = "#4e79a7";

    private WaterfallChart() {
    }

    public static Chart draw(Drawing d, ChartColumns columns) {
        ChartColumns single = new ChartColumns(columns.x(), List.of(columns.metrics().get(0)), -1);
        SeriesTable table = single.table(d).sorted(d.settings().text("sort",
                columns.orderedX(d) ? "x-asc" : "none"));
        ChartSampling.Sampled sampled = ChartSampling.top(table, CartesianCharts.MAX_BARS, d);
        table = sampled.table();
        SeriesTable.Series s = table.series().get(0);
        ChartConfig config = new ChartConfig("bar", d);
        config.labels(XLabels.of(d, table.xs()));
        config.label("Total");
        JsonArrayBuilder bars = ChartConfig.JSON.createArrayBuilder();
        JsonArrayBuilder colors = ChartConfig.JSON.createArrayBuilder();
        JsonArrayBuilder changes = ChartConfig.JSON.createArrayBuilder();
        double running = 0;
        for (Double v : s.values()) {
            double change = v == null ? 0 : v;
            bars.add(ChartConfig.JSON.createArrayBuilder().add(running).add(running + change));
            colors.add(change < 0 ? DECREASE : INCREASE);
            changes.add(change);
            running += change;
        }
        bars.add(ChartConfig.JSON.createArrayBuilder().add(0).add(running));
        colors.add(TOTAL);
        changes.add(running);
        config.countPoints(s.values().length + 1);
        config.dataset().add("label", s.name()).add("data", bars).add("backgroundColor", colors)
                .add("borderWidth", 0).add("barPercentage", 0.9);
        config.axis("x", d.settings().nested("xAxis"));
        config.axis("y", d.settings().nested("yAxis"));
        config.legend(d.settings(), false);
        config.hints().add("waterfall", ChartConfig.JSON.createObjectBuilder().add("changes", changes).add("total", running));
        XLabels.drill(config, d, single, table);
        Sampling sampling = sampled.sampling();
        config.sampling(sampling);
        return new Chart(config.json(), sampling);
    }
}
