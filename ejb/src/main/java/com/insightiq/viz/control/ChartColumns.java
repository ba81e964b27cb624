package com.insightiq.viz.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which columns a chart draws: the x/category column, the measures, and the breakout. Chosen settings win when the
 * result still has those columns; otherwise (results change after a question is saved) the automatic choice applies
 * and a note says so, instead of an error.
 */
public record ChartColumns(int x, List<Integer> metrics, int breakout) {

    public static Optional<ChartColumns> of(Drawing d) {
        int chosenBreakout = chosen(d, "series").orElse(-1);
        int x = chosen(d, "dimension").orElseGet(() -> autoDimension(d, chosenBreakout));
        int breakout = chosenBreakout == x ? -1 : chosenBreakout;
        List<Integer> metrics = new ArrayList<>();
        List<String> wanted = d.settings().texts("metrics");
        for (String name : wanted) {
            int i = d.index(name);
            if (i < 0 || d.kind(i) != ColumnKind.NUMBER) {
                d.note("The column \"" + shortName(name) + "\" is not a number column of this result,"
                        + " so it is left out.");
            } else if (!metrics.contains(i)) {
                metrics.add(i);
            }
        }
        if (metrics.isEmpty()) {
            for (int i = 0; i < d.columns().size(); i++) {
                if (i != x && i != breakout && d.measure(i)) {
                    metrics.add(i);
                }
            }
        }
        if (x < 0 || metrics.isEmpty()) {
            return Optional.empty();
        }
        if (breakout < 0 && !d.settings().values().containsKey("series")) {
            breakout = autoBreakout(d, x, metrics);
        }
        return Optional.of(new ChartColumns(x, metrics, breakout));
    }

    /** A setting naming a column; a name the result lacks gives a note and the automatic choice. */
    private static Optional<Integer> chosen(Drawing d, String key) {
        Optional<String> name = d.settings().text(key);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        int i = d.index(name.get());
        if (i < 0) {
            d.note("The column \"" + shortName(name.get()) + "\" chosen as " + key
                    + " is not in this result, so the automatic choice is shown.");
            return Optional.empty();
        }
        return Optional.of(i);
    }

    /** First time column, else first text/boolean column, else the first column when it is not the only number. */
    static int autoDimension(Drawing d, int breakout) {
        for (ColumnKind wanted : List.of(ColumnKind.TIME, ColumnKind.TEXT, ColumnKind.BOOLEAN)) {
            for (int i = 0; i < d.columns().size(); i++) {
                if (i != breakout && d.kind(i) == wanted) {
                    return i;
                }
            }
        }
        for (int i = 0; i < d.columns().size(); i++) {
            if (i != breakout && (d.kind(i) == ColumnKind.NUMBER && !d.measure(i) || d.kind(i) == ColumnKind.OTHER)) {
                return i;
            }
        }
        return d.columns().size() > 1 && breakout != 0 ? 0 : -1;
    }

    /** Two category columns and one measure: the second category becomes the series. */
    private static int autoBreakout(Drawing d, int x, List<Integer> metrics) {
        if (metrics.size() != 1) {
            return -1;
        }
        for (int i = 0; i < d.columns().size(); i++) {
            if (i != x && !metrics.contains(i)
                    && (d.kind(i) == ColumnKind.TEXT || d.kind(i) == ColumnKind.BOOLEAN)) {
                return i;
            }
        }
        return -1;
    }

    static String shortName(String name) {
        return name.length() > 60 ? name.substring(0, 59) + "…" : name;
    }

    public boolean orderedX(Drawing d) {
        return d.kind(x) == ColumnKind.TIME || d.kind(x) == ColumnKind.NUMBER;
    }

    public SeriesTable table(Drawing d) {
        return SeriesTable.of(d.rows(), x, metrics, breakout, d.names());
    }
}
