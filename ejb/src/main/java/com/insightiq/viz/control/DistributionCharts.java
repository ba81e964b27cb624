package com.insightiq.viz.control;

import com.insightiq.viz.boundary.Sampling;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How values spread: a histogram (one number column binned into equal widths, counted — or summed when a different
 * measure is chosen) and scatter/bubble (x and y measures, optionally sized by {@code bubble}, one dataset per series
 * value, LTTB-sampled along x when there are too many points).
 */
public final class DistributionCharts {
    static final int MAX_BINS = 200;
    /** Bubble radii in pixels: small enough not to cover the chart, large enough to tell apart. */
    static final double MIN_RADIUS = 3;
    static final double MAX_RADIUS = 24;

    private DistributionCharts() {
    }

    /** The column a histogram bins: {@code dimension} when it is a number, else the first number column. */
    public static Optional<Chart> histogram(Drawing d) {
        int column = d.settings().text("dimension").map(d::index).filter(i -> d.kind(i) == ColumnKind.NUMBER)
                .orElse(-1);
        if (column < 0) {
            column = Scalars.metric(d).orElse(-1);
        }
        if (column < 0) {
            return Optional.empty();
        }
        int weight = -1;
        for (String name : d.settings().texts("metrics")) {
            int i = d.index(name);
            if (i >= 0 && i != column && d.kind(i) == ColumnKind.NUMBER) {
                weight = i;
                break;
            }
        }
        double[] values = new double[d.rows().size()];
        double[] weights = new double[d.rows().size()];
        int n = 0;
        for (List<Object> row : d.rows()) {
            Double v = ValueFormats.toDouble(d.cell(row, column));
            if (v != null) {
                Double w = weight < 0 ? Double.valueOf(1) : ValueFormats.toDouble(d.cell(row, weight));
                values[n] = v;
                weights[n++] = w == null ? 0 : w;
            }
        }
        if (n == 0) {
            return Optional.empty();
        }
        double min = Arrays.stream(values, 0, n).min().getAsDouble();
        double max = Arrays.stream(values, 0, n).max().getAsDouble();
        int bins = d.settings().number("bins").map(b -> (int) Math.max(1, Math.min(MAX_BINS, b)))
                .orElse((int) Math.min(50, Math.max(5, Math.ceil(Math.log(n) / Math.log(2)) + 1)));
        if (max == min) {
            bins = 1;
        }
        double width = (max - min) / bins;
        Double[] counts = new Double[bins];
        Arrays.fill(counts, 0d);
        for (int i = 0; i < n; i++) {
            int bin = width == 0 ? 0 : (int) Math.min(bins - 1, Math.floor((values[i] - min) / width));
            counts[bin] += weights[i];
        }
        ChartConfig config = new ChartConfig("bar", d);
        JsonArrayBuilder edges = ChartConfig.JSON.createArrayBuilder();
        for (int b = 0; b < bins; b++) {
            double from = min + b * width;
            double to = b == bins - 1 ? max : min + (b + 1) * width;
            config.label(d.formats().number(from) + "–" + d.formats().number(to));
            edges.add(ChartConfig.JSON.createArrayBuilder().add(from).add(to));
        }
        String label = weight < 0 ? "Count" : d.names().get(weight);
        config.dataset().add("label", label).add("data", config.values(counts))
                .add("backgroundColor", new Palette(d.settings().map("colors")).color(label, 0))
                .add("barPercentage", 1).add("categoryPercentage", 1).add("borderWidth", 1)
                .add("borderColor", "rgba(0,0,0,0.15)");
        config.axis("x", d.settings().nested("xAxis"));
        config.axis("y", d.settings().nested("yAxis"));
        config.legend(d.settings(), false);
        config.hints().add("histogram", ChartConfig.JSON.createObjectBuilder().add("column", d.names().get(column))
                .add("bins", edges));
        Sampling sampling = Sampling.none(n);
        config.sampling(sampling);
        return Optional.of(new Chart(config.json(), sampling));
    }

    /**
     * A scatter's x must be a number or a time: when the dimension is a category, the first metric becomes x, the
     * second y, and the category — unless a series is chosen — the series. Empty when there are not two metrics.
     */
    public static Optional<ChartColumns> numericX(Drawing d, ChartColumns columns) {
        if (columns.metrics().size() < 2) {
            return Optional.empty();
        }
        if (d.settings().text("dimension").isPresent()) {
            d.note("A scatter's x must be a number or a time column, so \""
                    + ChartColumns.shortName(d.names().get(columns.x())) + "\" is used for the series instead.");
        }
        List<Integer> metrics = columns.metrics();
        return Optional.of(new ChartColumns(metrics.get(0), metrics.subList(1, metrics.size()),
                columns.breakout() >= 0 ? columns.breakout() : columns.x()));
    }

    /** Scatter (or bubble with a {@code bubble} size column): x is the dimension, y the first metric. */
    public static Chart scatter(Drawing d, ChartColumns columns) {
        int x = columns.x();
        int y = columns.metrics().get(0);
        int size = d.settings().text("bubble").map(d::index).orElse(-1);
        if (d.settings().text("bubble").isPresent() && (size < 0 || d.kind(size) != ColumnKind.NUMBER)) {
            d.note("The bubble size column is not a number column of this result, so all points are one size.");
            size = -1;
        }
        Map<Object, List<double[]>> bySeries = new LinkedHashMap<>();
        double maxSize = 0;
        for (List<Object> row : d.rows()) {
            Object xv = d.cell(row, x);
            double px = ValueFormats.isTime(xv) ? SeriesTable.epochMillis(xv)
                    : ValueFormats.toDouble(xv) == null ? Double.NaN : ValueFormats.toDouble(xv);
            Double py = ValueFormats.toDouble(d.cell(row, y));
            Double ps = size < 0 ? Double.valueOf(0) : ValueFormats.toDouble(d.cell(row, size));
            if (Double.isNaN(px) || py == null || ps == null) {
                continue;
            }
            maxSize = Math.max(maxSize, Math.abs(ps));
            Object key = columns.breakout() < 0 ? d.names().get(y) : d.cell(row, columns.breakout());
            bySeries.computeIfAbsent(key, k -> new ArrayList<>()).add(new double[] {px, py, ps});
        }
        ChartConfig config = new ChartConfig(size < 0 ? "scatter" : "bubble", d);
        Palette palette = new Palette(d.settings().map("colors"));
        long source = 0;
        long shown = 0;
        int index = 0;
        JsonArrayBuilder seriesValues = ChartConfig.JSON.createArrayBuilder();
        for (Map.Entry<Object, List<double[]>> entry : bySeries.entrySet()) {
            List<double[]> points = entry.getValue();
            points.sort((a, b) -> Double.compare(a[0], b[0]));
            double[] px = points.stream().mapToDouble(p -> p[0]).toArray();
            double[] py = points.stream().mapToDouble(p -> p[1]).toArray();
            int[] kept = Lttb.select(px, py, d.maxPoints());
            source += points.size();
            shown += kept.length;
            JsonArrayBuilder data = ChartConfig.JSON.createArrayBuilder();
            for (int k : kept) {
                double[] p = points.get(k);
                var point = ChartConfig.JSON.createObjectBuilder().add("x", p[0]).add("y", p[1]);
                if (size >= 0) {
                    point.add("r", maxSize == 0 ? MIN_RADIUS
                            : MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(Math.abs(p[2]) / maxSize));
                    point.add("size", p[2]);
                }
                data.add(point);
            }
            config.countPoints(kept.length);
            String name = ValueFormats.text(entry.getKey());
            String color = palette.color(name, index++);
            config.dataset().add("label", name).add("data", data).add("backgroundColor",
                    Palette.translucent(color, 0.7)).add("borderColor", color);
            seriesValues.add(ChartConfig.raw(columns.breakout() < 0 ? null : entry.getKey()));
        }
        config.scale("x").add("type", "linear").add("position", "bottom");
        config.axis("x", d.settings().nested("xAxis"));
        config.axis("y", d.settings().nested("yAxis"));
        config.legend(d.settings(), bySeries.size() > 1);
        config.hints().add("xTime", d.kind(x) == ColumnKind.TIME).add("drill", ChartConfig.JSON.createObjectBuilder()
                .add("dimension", d.names().get(x)).add("metric", d.names().get(y))
                .add("series", columns.breakout() < 0 ? "" : d.names().get(columns.breakout()))
                .add("seriesValues", seriesValues));
        Sampling sampling = shown < source ? new Sampling("lttb", source, shown) : Sampling.none(source);
        if (shown < source) {
            d.note("Showing " + ChartSampling.count(shown) + " of " + ChartSampling.count(source)
                    + " points (largest-triangle-three-buckets sampling).");
        }
        config.sampling(sampling);
        return new Chart(config.json(), sampling);
    }
}
