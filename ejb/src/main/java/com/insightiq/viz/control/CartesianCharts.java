package com.insightiq.viz.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Optional;

/**
 * Bar, row, line, area and combo charts: one label axis, one dataset per series. Stacking and 100 % are done here
 * (normalised values are computed on the server, so tooltips and tests read the percentages that are drawn).
 */
public final class CartesianCharts {
    /** Bars thinner than this many per chart stop being readable; the rest become "Other". */
    static final int MAX_BARS = 50;

    private CartesianCharts() {
    }

    public static Chart draw(String type, Drawing d, ChartColumns columns) {
        SeriesTable table = columns.table(d);
        boolean ordered = columns.orderedX(d);
        table = table.sorted(d.settings().text("sort", ordered ? "x-asc" : "none"));
        ChartSampling.Sampled sampled = ordered
                ? ChartSampling.lttb(table, d.maxPoints(), d)
                : ChartSampling.top(table, MAX_BARS, d);
        table = sampled.table();
        String stacking = d.settings().text("stacking", type.equals("area") ? "stacked" : "none");
        if (!type.equals("bar") && !type.equals("row") && !type.equals("area")) {
            stacking = "none";
        }
        if (stacking.equals("normalized")) {
            table = normalized(table);
        }
        ChartConfig config = new ChartConfig(type.equals("bar") || type.equals("row") || type.equals("combo")
                ? "bar" : "line", d);
        config.labels(XLabels.of(d, table.xs()));
        Palette palette = new Palette(d.settings().map("colors"));
        List<String> lineMetrics = d.settings().texts("lineMetrics");
        if (type.equals("combo") && lineMetrics.isEmpty() && table.series().size() > 1) {
            lineMetrics = List.of(table.series().get(table.series().size() - 1).metric());
        }
        List<String> rightAxis = d.settings().values().containsKey("rightAxis") || !type.equals("combo")
                ? d.settings().texts("rightAxis") : lineMetrics;
        boolean usesRight = false;
        int index = 0;
        for (SeriesTable.Series s : table.series()) {
            String color = palette.color(s.name(), index++);
            JsonObjectBuilder set = config.dataset().add("label", s.name()).add("data", config.values(s.values()))
                    .add("borderColor", color);
            boolean line = type.equals("line") || type.equals("area")
                    || type.equals("combo") && lineMetrics.contains(s.metric());
            if (line) {
                set.add("type", "line").add("backgroundColor", type.equals("area") ? Palette.translucent(color, 0.35)
                                : color).add("borderWidth", 2).add("tension", 0)
                        .add("pointRadius", table.size() > 100 ? 0 : 3).add("spanGaps", false);
                if (type.equals("area")) {
                    set.add("fill", stacking.equals("none") || index == 1 ? "origin" : "-1");
                } else {
                    set.add("fill", false);
                }
                if (type.equals("combo")) {
                    set.add("order", 0);
                }
            } else {
                set.add("backgroundColor", color).add("borderWidth", 0);
                if (type.equals("combo")) {
                    set.add("type", "bar").add("order", 1);
                }
            }
            if (type.equals("combo") && rightAxis.contains(s.metric())) {
                set.add("yAxisID", "y1");
                usesRight = true;
            }
        }
        boolean horizontal = type.equals("row");
        String categoryAxis = horizontal ? "y" : "x";
        String valueAxis = horizontal ? "x" : "y";
        if (horizontal) {
            config.options().add("indexAxis", "y");
        }
        if (!stacking.equals("none")) {
            config.scale("x").add("stacked", true);
            config.scale("y").add("stacked", true);
        }
        if (stacking.equals("normalized")) {
            config.scale(valueAxis).add("min", 0).add("max", 100);
            config.hints().add("normalized", true);
        }
        if (usesRight) {
            config.scale("y1").add("position", "right").add("grid", ChartConfig.JSON.createObjectBuilder()
                    .add("drawOnChartArea", false));
        }
        config.axis(categoryAxis, d.settings().nested("xAxis"));
        config.axis(valueAxis, d.settings().nested("yAxis"));
        goal(config, d, table.size(), horizontal);
        config.legend(d.settings(), table.series().size() > 1);
        XLabels.drill(config, d, columns, table);
        config.sampling(sampled.sampling());
        return new Chart(config.json(), sampled.sampling());
    }

    /** Each position's values as percentages of the position's total, for 100 % stacking. */
    static SeriesTable normalized(SeriesTable table) {
        List<SeriesTable.Series> out = new java.util.ArrayList<>();
        for (SeriesTable.Series s : table.series()) {
            Double[] values = new Double[table.size()];
            for (int i = 0; i < table.size(); i++) {
                double total = 0;
                for (SeriesTable.Series other : table.series()) {
                    Double v = other.values()[i];
                    total += v == null ? 0 : Math.abs(v);
                }
                Double v = s.values()[i];
                values[i] = v == null ? null : total == 0 ? 0d : v / total * 100d;
            }
            out.add(new SeriesTable.Series(s.name(), s.key(), s.metric(), values));
        }
        return new SeriesTable(table.xs(), out);
    }

    /** A goal as a dashed line dataset across the chart: no annotation plugin needed. */
    static void goal(ChartConfig config, Drawing d, int positions, boolean horizontal) {
        Optional<Double> goal = d.settings().number("goal");
        if (goal.isEmpty() || positions == 0) {
            return;
        }
        Double[] values = new Double[positions];
        java.util.Arrays.fill(values, goal.get());
        JsonArrayBuilder dash = ChartConfig.JSON.createArrayBuilder().add(6).add(4);
        config.dataset().add("type", "line").add("label", "Goal").add("data", config.values(values))
                .add("borderColor", Palette.NEUTRAL).add("backgroundColor", Palette.NEUTRAL)
                .add("borderDash", dash).add("borderWidth", 2).add("pointRadius", 0).add("fill", false)
                .add("order", -1).add("insightiqGoal", true);
        config.hints().add("goal", goal.get());
        if (horizontal) {
            config.hints().add("goalAxis", "x");
        }
    }
}
