package com.insightiq.viz.control;

import com.insightiq.viz.boundary.RenderedViz;
import com.insightiq.viz.boundary.ScalarViz;
import com.insightiq.viz.boundary.TableViz;
import com.insightiq.viz.boundary.Sampling;
import com.insightiq.viz.boundary.Visualization;
import com.insightiq.viz.boundary.VizData;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Draws a checked visualization. Odd data never fails a page: a chart that cannot be drawn from the result becomes
 * the table with a note saying why, and an unexpected error is logged and shown the same way.
 */
public final class Renderer {
    private static final Logger LOG = Logger.getLogger(Renderer.class.getName());

    private Renderer() {
    }

    /** {@code notes}: sentences to show first (e.g. why the request was not used as sent). */
    public static RenderedViz render(VizData data, Visualization v, Locale locale, ZoneId zone, int maxPoints,
            List<String> notes) {
        VizData safe = data == null ? new VizData(List.of(), List.of(), false, 0)
                : new VizData(data.columns() == null ? List.of() : data.columns(),
                data.rows() == null ? List.of() : data.rows(), data.truncated(), data.totalRows());
        VizSettings settings = new VizSettings(v.settings());
        ValueFormats formats = new ValueFormats(locale, zone,
                ValueFormats.NumberStyle.of(settings.map("numberFormat")));
        Drawing d = Drawing.of(safe, settings, formats, Math.max(maxPoints, 3));
        notes.forEach(d::note);
        try {
            return draw(v, d);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A " + v.type() + " visualization could not be drawn; showing the table", e);
            String why = "This " + v.type() + " could not be drawn from this result, so the table is shown.";
            try {
                Drawing fresh = Drawing.of(safe, new VizSettings(Map.of()), formats, maxPoints);
                notes.forEach(fresh::note);
                fresh.note(why);
                return table(v, fresh);
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, "Not even the table could be drawn", again);
                return new RenderedViz("table", v, null, null, new TableViz(List.of(), List.of(), null), null,
                        Sampling.none(0), List.of("This result could not be shown."));
            }
        }
    }

    private static RenderedViz draw(Visualization v, Drawing d) {
        String type = v.type();
        if (d.rows().isEmpty() && !type.equals("table")) {
            d.note("The result has no rows.");
            return table(v, d);
        }
        switch (type) {
            case "table":
                return table(v, d);
            case "number":
                return Scalars.number(d).map(s -> scalar(v, d, s)).orElseGet(() -> unfit(v, d));
            case "trend":
                return Scalars.trend(d).map(s -> scalar(v, d, s)).orElseGet(() -> unfit(v, d));
            case "progress":
                return progress(v, d);
            case "gauge":
                return gauge(v, d);
            case "histogram":
                return DistributionCharts.histogram(d)
                        .map(c -> new RenderedViz(type, v, c.config(), null, null, null, truncated(d, c.sampling()),
                                List.copyOf(d.notes())))
                        .orElseGet(() -> unfit(v, d));
            case "pivot":
                return Pivots.draw(d).map(p -> new RenderedViz(type, v, null, null, null, p,
                        truncated(d, Sampling.none(d.rows().size())), List.copyOf(d.notes())))
                        .orElseGet(() -> unfit(v, d));
            default:
                break;
        }
        Optional<ChartColumns> found = ChartColumns.of(d);
        if (found.isEmpty()) {
            return unfit(v, d);
        }
        ChartColumns columns = found.get();
        if (type.equals("scatter") && !columns.orderedX(d)) {
            Optional<ChartColumns> numeric = DistributionCharts.numericX(d, columns);
            if (numeric.isEmpty()) {
                d.note("A scatter needs two number columns; the table is shown.");
                return table(v, d);
            }
            columns = numeric.get();
        }
        Chart chart = switch (type) {
            case "pie" -> PartCharts.pie(d, columns);
            case "funnel" -> PartCharts.funnel(d, columns);
            case "waterfall" -> WaterfallChart.draw(d, columns);
            case "scatter" -> DistributionCharts.scatter(d, columns);
            default -> CartesianCharts.draw(type, d, columns);
        };
        return chart(v, d, columns, chart);
    }

    private static RenderedViz scalar(Visualization v, Drawing d, ScalarViz scalar) {
        return new RenderedViz(v.type(), v, null, scalar, null, null, truncated(d, Sampling.none(d.rows().size())),
                List.copyOf(d.notes()));
    }

    private static RenderedViz progress(Visualization v, Drawing d) {
        Optional<Double> goal = d.settings().number("goal");
        if (goal.isEmpty()) {
            d.note("Set a goal to show progress towards it.");
        }
        return Scalars.progress(d, goal.orElse(null)).map(s -> scalar(v, d, s)).orElseGet(() -> unfit(v, d));
    }

    private static RenderedViz gauge(Visualization v, Drawing d) {
        Optional<ScalarViz> scalar = Scalars.progress(d, d.settings().number("goal").orElse(null));
        if (scalar.isEmpty() || ValueFormats.toDouble(scalar.get().value()) == null) {
            return unfit(v, d);
        }
        Chart chart = PartCharts.gauge(d, ValueFormats.toDouble(scalar.get().value()), scalar.get().goal());
        return new RenderedViz(v.type(), v, chart.config(), scalar.get(), null, null,
                truncated(d, Sampling.none(d.rows().size())), List.copyOf(d.notes()));
    }

    private static RenderedViz unfit(Visualization v, Drawing d) {
        d.note(switch (v.type()) {
            case "number", "trend", "progress", "gauge", "histogram" -> "A " + v.type()
                    + " needs a number column; the table is shown.";
            case "pivot" -> "A pivot needs a column to group by; the table is shown.";
            default -> "A " + v.type() + " chart needs a column to group by and a number column; the table is shown.";
        });
        return table(v, d);
    }

    static RenderedViz table(Visualization v, Drawing d) {
        Sampling sampling = d.rows().size() > Tables.MAX_ROWS
                ? new Sampling("rows", d.rows().size(), Tables.MAX_ROWS) : Sampling.none(d.rows().size());
        return new RenderedViz("table", v, null, null, Tables.draw(d), null, truncated(d, sampling),
                List.copyOf(d.notes()));
    }

    static RenderedViz chart(Visualization v, Drawing d, ChartColumns columns, Chart chart) {
        return new RenderedViz(v.type(), effective(v, d, columns), chart.config(), null, null, null,
                truncated(d, chart.sampling()), List.copyOf(d.notes()));
    }

    /** The request with the automatic column choices written in. */
    static Visualization effective(Visualization v, Drawing d, ChartColumns columns) {
        Map<String, Object> settings = new LinkedHashMap<>(v.settings());
        settings.put("dimension", d.names().get(columns.x()));
        settings.put("metrics", columns.metrics().stream().map(d.names()::get).toList());
        if (columns.breakout() >= 0) {
            settings.put("series", d.names().get(columns.breakout()));
        }
        return new Visualization(v.type(), settings);
    }

    /** A result cut at the row limit says so, whatever else was sampled. */
    private static Sampling truncated(Drawing d, Sampling sampling) {
        if (!d.data().truncated()) {
            return sampling;
        }
        d.note("Only the first " + ChartSampling.count(d.rows().size()) + " rows of the result are drawn.");
        return sampling.method().equals("none")
                ? new Sampling("rows", d.data().totalRows(), sampling.shownPoints()) : sampling;
    }
}
