package com.insightiq.viz.control;

import jakarta.json.JsonArrayBuilder;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Charts of parts of a whole: pie/donut (one measure by category, the largest slices plus "Other"), funnel (steps as
 * horizontal bars, largest first, each labelled with its share of the first step) and gauge (a half doughnut of
 * coloured segments with the value drawn over it).
 */
public final class PartCharts {
    /** More slices than this are unreadable; the rest fold into "Other". */
    static final int MAX_SLICES = 12;

    private PartCharts() {
    }

    public static Chart pie(Drawing d, ChartColumns columns) {
        ChartColumns single = new ChartColumns(columns.x(), List.of(columns.metrics().get(0)), -1);
        if (columns.breakout() >= 0 || columns.metrics().size() > 1) {
            d.note("A pie shows one measure by one column; other columns are left out.");
        }
        SeriesTable table = single.table(d).sorted(d.settings().text("sort", "value-desc"));
        table = positiveOnly(table, d);
        ChartSampling.Sampled sampled = ChartSampling.top(table, MAX_SLICES, d);
        table = sampled.table();
        ChartConfig config = new ChartConfig(d.settings().flag("donut", false) ? "doughnut" : "pie", d);
        List<String> labels = XLabels.of(d, table.xs());
        config.labels(labels);
        Palette palette = new Palette(d.settings().map("colors"));
        JsonArrayBuilder colors = ChartConfig.JSON.createArrayBuilder();
        for (int i = 0; i < labels.size(); i++) {
            colors.add(table.xs().get(i) == ChartSampling.OTHER ? Palette.NEUTRAL : palette.color(labels.get(i), i));
        }
        SeriesTable.Series s = table.series().get(0);
        config.dataset().add("label", s.name()).add("data", config.values(s.values())).add("backgroundColor", colors)
                .add("borderWidth", 1);
        config.hints().add("percentages", shares(table, s));
        config.legend(d.settings(), true);
        XLabels.drill(config, d, single, table);
        config.sampling(sampled.sampling());
        return new Chart(config.json(), sampled.sampling());
    }

    /** Slices cannot be negative: such rows are left out with a note. */
    private static SeriesTable positiveOnly(SeriesTable table, Drawing d) {
        Double[] values = table.series().get(0).values();
        int[] kept = java.util.stream.IntStream.range(0, values.length)
                .filter(i -> values[i] != null && values[i] > 0).toArray();
        if (kept.length < values.length) {
            d.note("Categories with no value, zero or a negative value are left out of the pie.");
        }
        return table.keep(kept);
    }

    private static JsonArrayBuilder shares(SeriesTable table, SeriesTable.Series s) {
        double total = 0;
        for (Double v : s.values()) {
            total += v == null ? 0 : v;
        }
        JsonArrayBuilder shares = ChartConfig.JSON.createArrayBuilder();
        for (Double v : s.values()) {
            shares.add(total == 0 || v == null ? 0 : v / total);
        }
        return shares;
    }

    public static Chart funnel(Drawing d, ChartColumns columns) {
        ChartColumns single = new ChartColumns(columns.x(), List.of(columns.metrics().get(0)), -1);
        SeriesTable table = single.table(d).sorted(d.settings().text("sort", "value-desc"));
        ChartSampling.Sampled sampled = ChartSampling.top(table, CartesianCharts.MAX_BARS, d);
        table = sampled.table();
        SeriesTable.Series s = table.series().get(0);
        Double first = s.values().length == 0 ? null : s.values()[0];
        NumberFormat percent = NumberFormat.getPercentInstance(d.formats().locale());
        percent.setMaximumFractionDigits(1);
        List<String> names = XLabels.of(d, table.xs());
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Double v = s.values()[i];
            labels.add(first == null || first == 0 || v == null ? names.get(i)
                    : names.get(i) + " (" + percent.format(v / first) + ")");
        }
        ChartConfig config = new ChartConfig("bar", d);
        config.labels(labels);
        config.options().add("indexAxis", "y");
        String color = new Palette(d.settings().map("colors")).color(s.name(), 0);
        config.dataset().add("label", s.name()).add("data", config.values(s.values())).add("backgroundColor", color)
                .add("borderWidth", 0).add("barPercentage", 0.95).add("categoryPercentage", 1);
        config.legend(d.settings(), false);
        XLabels.drill(config, d, single, table);
        config.sampling(sampled.sampling());
        return new Chart(config.json(), sampled.sampling());
    }

    /**
     * The gauge's arc: segments from {@code gauge.segments} (each up to {@code to}), or one track from min to max,
     * with the value as a second ring. {@code min}/{@code max} default to 0 and the goal or the last segment's end.
     */
    public static Chart gauge(Drawing d, double value, Double goal) {
        VizSettings gauge = d.settings().nested("gauge");
        double min = gauge.number("min").orElse(0d);
        List<VizSettings> segments = gauge.objects("segments").stream().map(VizSettings::new)
                .filter(s -> s.number("to").isPresent()).toList();
        double max = gauge.number("max").orElseGet(() -> !segments.isEmpty()
                ? segments.get(segments.size() - 1).number("to").get()
                : goal != null && goal > min ? goal : niceCeiling(Math.max(value, min + 1)));
        if (max <= min) {
            max = min + 1;
        }
        ChartConfig config = new ChartConfig("doughnut", d);
        JsonArrayBuilder sizes = ChartConfig.JSON.createArrayBuilder();
        JsonArrayBuilder colors = ChartConfig.JSON.createArrayBuilder();
        double from = min;
        int index = 0;
        Palette palette = new Palette(d.settings().map("colors"));
        for (VizSettings segment : segments) {
            double to = Math.min(Math.max(segment.number("to").get(), from), max);
            config.label(segment.text("label", d.formats().number(from) + "–" + d.formats().number(to)));
            sizes.add(to - from);
            colors.add(segment.text("color").filter(CssColors::safe).orElse(palette.color(null, index++)));
            from = to;
        }
        if (segments.isEmpty() || from < max) {
            config.label("");
            sizes.add(max - from);
            colors.add(segments.isEmpty() ? Palette.translucent(Palette.NEUTRAL, 0.35) : Palette.NEUTRAL);
        }
        config.dataset().add("label", "segments").add("data", sizes).add("backgroundColor", colors)
                .add("borderWidth", 0).add("weight", 1);
        double clamped = Math.max(min, Math.min(value, max));
        config.dataset().add("label", "value").add("data", ChartConfig.JSON.createArrayBuilder().add(clamped - min)
                        .add(max - clamped)).add("backgroundColor", ChartConfig.JSON.createArrayBuilder().add(Palette.COLORS.get(0))
                        .add("rgba(0,0,0,0)")).add("borderWidth", 0).add("weight", 0.6);
        config.options().add("circumference", 180).add("rotation", 270).add("cutout", "55%");
        config.plugins().add("legend", ChartConfig.JSON.createObjectBuilder().add("display", false))
                .add("tooltip", ChartConfig.JSON.createObjectBuilder().add("enabled", !segments.isEmpty()));
        config.hints().add("gauge", ChartConfig.JSON.createObjectBuilder().add("min", min).add("max", max).add("value", value)
                .add("formatted", d.formats().number(value)));
        return new Chart(config.json(), com.insightiq.viz.boundary.Sampling.none(1));
    }

    /** 1, 2, 5 × 10ⁿ at or above {@code v}: a gauge's end when nothing else says where it ends. */
    static double niceCeiling(double v) {
        if (v <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * magnitude >= v) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
