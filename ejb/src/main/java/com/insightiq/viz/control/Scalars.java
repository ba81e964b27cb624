package com.insightiq.viz.control;

import com.insightiq.viz.boundary.ScalarViz;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Single figures: number (the first row's measure), trend (the last value against the one before, by the time or
 * ordered dimension), progress and gauge (the value against {@code goal}).
 */
public final class Scalars {
    private Scalars() {
    }

    /** The measure a figure shows: the first of {@code metrics} in the result, else the first number column. */
    static Optional<Integer> metric(Drawing d) {
        for (String name : d.settings().texts("metrics")) {
            int i = d.index(name);
            if (i >= 0 && d.kind(i) == ColumnKind.NUMBER) {
                return Optional.of(i);
            }
            d.note("The column \"" + ChartColumns.shortName(name) + "\" is not a number column of this result, "
                    + "so the first number column is shown.");
        }
        for (int i = 0; i < d.columns().size(); i++) {
            if (d.measure(i)) {
                return Optional.of(i);
            }
        }
        for (int i = 0; i < d.columns().size(); i++) {
            if (d.kind(i) == ColumnKind.NUMBER) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    public static Optional<ScalarViz> number(Drawing d) {
        return metric(d).map(i -> {
            Object value = d.cell(d.rows().get(0), i);
            if (d.rows().size() > 1) {
                d.note("The result has " + ChartSampling.count(d.rows().size()) + " rows; the first row's value is"
                        + " shown.");
            }
            return new ScalarViz(d.names().get(i), value, d.formats().number(value), null, null, null, null, null,
                    null, null);
        });
    }

    public static Optional<ScalarViz> trend(Drawing d) {
        Optional<Integer> metric = metric(d);
        if (metric.isEmpty()) {
            return Optional.empty();
        }
        int m = metric.get();
        int x = d.settings().text("dimension").map(d::index).filter(i -> i >= 0)
                .orElseGet(() -> ChartColumns.autoDimension(d, -1));
        List<List<Object>> rows = new ArrayList<>(d.rows());
        if (x >= 0 && x != m) {
            rows.sort((a, b) -> SeriesTable.compare(d.cell(a, x), d.cell(b, x)));
        }
        List<Object> values = rows.stream().map(r -> d.cell(r, m)).filter(v -> ValueFormats.toDouble(v) != null)
                .toList();
        if (values.isEmpty()) {
            return Optional.empty();
        }
        Object value = values.get(values.size() - 1);
        String label = d.names().get(m);
        if (values.size() < 2) {
            d.note("A trend compares two periods; the result has one, so only its value is shown.");
            return Optional.of(new ScalarViz(label, value, d.formats().number(value), null, null, null, "flat", null,
                    null, null));
        }
        Object previous = values.get(values.size() - 2);
        double now = ValueFormats.toDouble(value);
        double before = ValueFormats.toDouble(previous);
        Double ratio = before == 0 ? null : (now - before) / Math.abs(before);
        String direction = now > before ? "up" : now < before ? "down" : "flat";
        return Optional.of(new ScalarViz(label, value, d.formats().number(value), d.formats().number(previous),
                ratio, ratio == null ? null : change(d, ratio), direction, null, null, null));
    }

    /** "+12.5%" / "−3%": the change as a signed percentage in the locale. */
    static String change(Drawing d, double ratio) {
        NumberFormat percent = NumberFormat.getPercentInstance(d.formats().locale());
        percent.setMaximumFractionDigits(1);
        return (ratio > 0 ? "+" : "") + percent.format(ratio);
    }

    /** Progress and the gauge's figure: the value against the goal (gauge: against its max when no goal is set). */
    public static Optional<ScalarViz> progress(Drawing d, Double target) {
        return metric(d).map(i -> {
            Object value = d.cell(d.rows().get(0), i);
            Double v = ValueFormats.toDouble(value);
            Double progress = target == null || target == 0 || v == null ? null : v / target;
            return new ScalarViz(d.names().get(i), value, d.formats().number(value), null, null, null, null, target,
                    target == null ? null : d.formats().number(target), progress);
        });
    }
}
