package com.insightiq.viz.control;

import com.insightiq.viz.boundary.PivotViz;
import com.insightiq.viz.boundary.PivotViz.Cell;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A pivot table from rows, columns and aggregated values ({@code pivot} setting): nested column headers, row
 * headers spanning their group, a subtotal row per outer row group (with two or more row columns), a total column per
 * value, and a grand-total row. Totals aggregate the underlying rows (an average's total is the average of all rows,
 * not of the averages).
 */
public final class Pivots {
    static final List<String> AGGREGATIONS = List.of("sum", "count", "avg", "min", "max");
    /** Column keys beyond this make a grid no page can show; the rest are left out with a note. */
    static final int MAX_COLUMN_KEYS = 100;
    static final int MAX_ROW_KEYS = 2000;

    private Pivots() {
    }

    /** One value of the pivot: a column and its aggregation. */
    record Measure(int column, String aggregation, String title) {
    }

    /** Running aggregate of one cell: enough to answer sum, count, avg, min and max. */
    static final class Aggregate {
        double sum;
        long count;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;

        void add(Double v) {
            if (v == null) {
                return;
            }
            sum += v;
            count++;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }

        Double value(String aggregation) {
            return switch (aggregation) {
                case "count" -> (double) count;
                case "sum" -> count == 0 ? null : sum;
                case "avg" -> count == 0 ? null : sum / count;
                case "min" -> count == 0 ? null : min;
                case "max" -> count == 0 ? null : max;
                default -> null;
            };
        }
    }

    public static Optional<PivotViz> draw(Drawing d) {
        VizSettings pivot = d.settings().nested("pivot");
        List<Integer> rows = columns(d, pivot.texts("rows"), "row");
        List<Integer> cols = columns(d, pivot.texts("columns"), "column");
        List<Measure> measures = measures(d, pivot);
        if (rows.isEmpty() && cols.isEmpty()) {
            for (int i = 0; i < d.columns().size() && rows.size() + cols.size() < 2; i++) {
                int column = i;
                if (!d.measure(i) && measures.stream().noneMatch(m -> m.column() == column)) {
                    (rows.isEmpty() ? rows : cols).add(i);
                }
            }
        }
        if (measures.isEmpty()) {
            for (int i = 0; i < d.columns().size(); i++) {
                if (d.measure(i) && !rows.contains(i) && !cols.contains(i)) {
                    measures.add(new Measure(i, "sum", d.names().get(i)));
                    break;
                }
            }
        }
        if (measures.isEmpty()) {
            int any = rows.isEmpty() ? 0 : rows.get(0);
            measures.add(new Measure(any, "count", "Count"));
        }
        if (rows.isEmpty() && cols.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Grid(d, rows, cols, measures).build());
    }

    private static List<Integer> columns(Drawing d, List<String> names, String role) {
        List<Integer> found = new ArrayList<>();
        for (String name : names) {
            int i = d.index(name);
            if (i < 0) {
                d.note("The pivot's " + role + " column \"" + ChartColumns.shortName(name)
                        + "\" is not in this result, so it is left out.");
            } else if (!found.contains(i)) {
                found.add(i);
            }
        }
        return found;
    }

    private static List<Measure> measures(Drawing d, VizSettings pivot) {
        List<Measure> measures = new ArrayList<>();
        for (Map<String, Object> spec : pivot.objects("values")) {
            VizSettings s = new VizSettings(spec);
            String aggregation = s.text("aggregation", "sum");
            int i = s.text("column").map(d::index).orElse(-1);
            if (i < 0) {
                d.note("A pivot value's column is not in this result, so it is left out.");
                continue;
            }
            if (!aggregation.equals("count") && d.kind(i) != ColumnKind.NUMBER) {
                d.note("Only count works on \"" + ChartColumns.shortName(d.names().get(i)) + "\", which is not a number"
                        + " column; count is shown.");
                aggregation = "count";
            }
            measures.add(new Measure(i, aggregation, aggregation + " of " + d.names().get(i)));
        }
        return measures;
    }

    /** The keyed aggregates and the grid they become. */
    private static final class Grid {
        private static final List<Object> ALL = List.of();
        private final Drawing d;
        private final List<Integer> rows;
        private final List<Integer> cols;
        private final List<Measure> measures;
        private final TreeMap<List<Object>, Boolean> rowKeys = new TreeMap<>(Grid::compareKeys);
        private final TreeMap<List<Object>, Boolean> colKeys = new TreeMap<>(Grid::compareKeys);
        /** (row key or ALL or outer-group key, column key or ALL) → one aggregate per measure. */
        private final Map<List<Object>, Map<List<Object>, Aggregate[]>> cells = new HashMap<>();

        Grid(Drawing d, List<Integer> rows, List<Integer> cols, List<Measure> measures) {
            this.d = d;
            this.rows = rows;
            this.cols = cols;
            this.measures = measures;
        }

        PivotViz build() {
            for (List<Object> row : d.rows()) {
                List<Object> rk = key(row, rows);
                List<Object> ck = key(row, cols);
                rowKeys.put(rk, true);
                colKeys.put(ck, true);
                List<List<Object>> rowTargets = new ArrayList<>(List.of(rk, ALL));
                if (rows.size() >= 2) {
                    rowTargets.add(outer(rk));
                }
                for (List<Object> r : rowTargets) {
                    for (List<Object> c : List.of(ck, ALL)) {
                        Aggregate[] aggregates = cells.computeIfAbsent(r, k -> new HashMap<>())
                                .computeIfAbsent(c, k -> fresh());
                        for (int m = 0; m < measures.size(); m++) {
                            Object v = d.cell(row, measures.get(m).column());
                            aggregates[m].add(measures.get(m).aggregation().equals("count")
                                    ? (v == null ? null : Double.valueOf(1)) : ValueFormats.toDouble(v));
                        }
                    }
                }
            }
            List<List<Object>> columnKeys = new ArrayList<>(colKeys.keySet());
            if (columnKeys.size() > MAX_COLUMN_KEYS) {
                d.note("The pivot has " + columnKeys.size() + " column groups; the first " + MAX_COLUMN_KEYS
                        + " are shown (totals include all).");
                columnKeys = columnKeys.subList(0, MAX_COLUMN_KEYS);
            }
            return new PivotViz(header(columnKeys), body(columnKeys));
        }

        private Aggregate[] fresh() {
            Aggregate[] aggregates = new Aggregate[measures.size()];
            for (int m = 0; m < aggregates.length; m++) {
                aggregates[m] = new Aggregate();
            }
            return aggregates;
        }

        /** The outer group's subtotal key: marked so it never equals a real one-column row key. */
        private static List<Object> outer(List<Object> rowKey) {
            List<Object> key = new ArrayList<>();
            key.add(ChartSampling.OTHER);
            key.add(rowKey.get(0));
            return key;
        }

        private List<Object> key(List<Object> row, List<Integer> columns) {
            List<Object> key = new ArrayList<>(columns.size());
            for (int c : columns) {
                key.add(d.cell(row, c));
            }
            return key;
        }

        static int compareKeys(List<Object> a, List<Object> b) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = SeriesTable.compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.size(), b.size());
        }

        private boolean totalColumn() {
            return !cols.isEmpty();
        }

        private List<List<Cell>> header(List<List<Object>> columnKeys) {
            List<List<Cell>> header = new ArrayList<>();
            int m = measures.size();
            int levels = cols.size();
            boolean valueRow = m > 1 || cols.isEmpty();
            int height = levels + (valueRow ? 1 : 0);
            for (int level = 0; level < levels; level++) {
                List<Cell> line = new ArrayList<>();
                if (level == 0) {
                    line.add(new Cell(cornerText(), null, Math.max(rows.size(), 1), height, "corner"));
                }
                int i = 0;
                while (i < columnKeys.size()) {
                    int span = 1;
                    while (i + span < columnKeys.size()
                            && samePrefix(columnKeys.get(i), columnKeys.get(i + span), level)) {
                        span++;
                    }
                    line.add(new Cell(label(columnKeys.get(i).get(level)), null, span * m, 1,
                            "column-header"));
                    i += span;
                }
                if (level == 0) {
                    line.add(new Cell("Total", null, m, levels, "column-header"));
                }
                header.add(line);
            }
            if (valueRow) {
                List<Cell> line = new ArrayList<>();
                if (levels == 0) {
                    line.add(new Cell(cornerText(), null, Math.max(rows.size(), 1), 1, "corner"));
                }
                int groups = cols.isEmpty() ? 1 : columnKeys.size() + 1;
                for (int g = 0; g < groups; g++) {
                    for (Measure measure : measures) {
                        line.add(new Cell(measure.title(), null, 1, 1, "column-header"));
                    }
                }
                header.add(line);
            }
            return header;
        }

        private String cornerText() {
            return String.join(" / ", rows.stream().map(d.names()::get).toList());
        }

        private static boolean samePrefix(List<Object> a, List<Object> b, int level) {
            for (int i = 0; i <= level; i++) {
                if (SeriesTable.compare(a.get(i), b.get(i)) != 0) {
                    return false;
                }
            }
            return true;
        }

        private List<List<Cell>> body(List<List<Object>> columnKeys) {
            List<List<Cell>> body = new ArrayList<>();
            List<List<Object>> keys = new ArrayList<>(rowKeys.keySet());
            if (keys.size() > MAX_ROW_KEYS) {
                d.note("The pivot has " + keys.size() + " rows; the first " + MAX_ROW_KEYS
                        + " are shown (totals include all).");
                keys = keys.subList(0, MAX_ROW_KEYS);
            }
            int i = 0;
            while (i < keys.size()) {
                int group = 1;
                while (rows.size() >= 2 && i + group < keys.size()
                        && samePrefix(keys.get(i), keys.get(i + group), 0)) {
                    group++;
                }
                for (int r = i; r < i + group; r++) {
                    List<Cell> line = new ArrayList<>();
                    List<Object> key = keys.get(r);
                    for (int level = 0; level < rows.size(); level++) {
                        if (r == 0 || !samePrefix(keys.get(r - 1), key, level)) {
                            int span = 1;
                            while (r + span < i + group && samePrefix(key, keys.get(r + span), level)) {
                                span++;
                            }
                            line.add(new Cell(label(key.get(level)), null, 1, span, "row-header"));
                        }
                    }
                    if (rows.isEmpty()) {
                        line.add(new Cell(measures.get(0).title(), null, 1, 1, "row-header"));
                    }
                    values(line, key, columnKeys, "value");
                    body.add(line);
                }
                if (rows.size() >= 2) {
                    List<Cell> line = new ArrayList<>();
                    line.add(new Cell("Total " + label(keys.get(i).get(0)), null, rows.size(), 1,
                            "subtotal"));
                    values(line, outer(keys.get(i)), columnKeys, "subtotal");
                    body.add(line);
                }
                i += group;
            }
            List<Cell> grand = new ArrayList<>();
            grand.add(new Cell("Total", null, Math.max(rows.size(), 1), 1, "total"));
            values(grand, ALL, columnKeys, "total");
            body.add(grand);
            return body;
        }

        private void values(List<Cell> line, List<Object> rowKey, List<List<Object>> columnKeys, String kind) {
            Map<List<Object>, Aggregate[]> byColumn = cells.getOrDefault(rowKey, Map.of());
            if (totalColumn()) {
                for (List<Object> ck : columnKeys) {
                    cells(line, byColumn.get(ck), kind);
                }
            }
            cells(line, byColumn.get(ALL), totalColumn() ? "total" : kind);
        }

        private void cells(List<Cell> line, Aggregate[] aggregates, String kind) {
            for (int m = 0; m < measures.size(); m++) {
                Double v = aggregates == null ? null : aggregates[m].value(measures.get(m).aggregation());
                String text = v == null ? "" : measures.get(m).aggregation().equals("count")
                        ? NumberFormat.getIntegerInstance(d.formats().locale()).format(v.longValue())
                        : d.formats().number(v);
                line.add(new Cell(text, v, 1, 1, kind));
            }
        }

        private String label(Object value) {
            return value == null ? "(empty)" : d.formats().label(value, d.settings().text("dateGrain")
                    .flatMap(DateGrain::of).orElse(null));
        }
    }
}
