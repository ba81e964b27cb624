package com.insightiq.viz.control;

import com.insightiq.viz.boundary.TableViz;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A result as a formatted table: columns in the chosen order with titles (hidden ones left out), cells formatted per
 * column, conditional colours where a rule holds (first matching rule wins), and a totals row when asked for.
 */
public final class Tables {
    /** A page shows at most this many rows, like the editor's first result page; totals still cover every row read. */
    public static final int MAX_ROWS = 2000;

    private Tables() {
    }

    public static TableViz draw(Drawing d) {
        VizSettings table = d.settings().nested("table");
        List<Integer> order = order(d, table);
        List<TableViz.Column> columns = new ArrayList<>();
        List<ValueFormats> formats = new ArrayList<>();
        List<DateGrain> grains = new ArrayList<>();
        for (int i : order) {
            Map<String, Object> spec = spec(table, d.names().get(i)).orElse(Map.of());
            VizSettings column = new VizSettings(spec);
            columns.add(new TableViz.Column(d.names().get(i), column.text("title", d.names().get(i)),
                    d.kind(i) == ColumnKind.NUMBER ? "right" : "left"));
            formats.add(column.values().containsKey("numberFormat") ? new ValueFormats(d.formats().locale(),
                    d.formats().zone(), ValueFormats.NumberStyle.of(column.map("numberFormat"))) : d.formats());
            grains.add(column.text("dateGrain").or(() -> d.settings().text("dateGrain")).flatMap(DateGrain::of)
                    .orElse(null));
        }
        List<ConditionalRule> rules = table.objects("conditional").stream().map(ConditionalRule::of).toList();
        List<List<TableViz.Cell>> rows = new ArrayList<>();
        int shown = Math.min(d.rows().size(), MAX_ROWS);
        for (int r = 0; r < shown; r++) {
            List<Object> row = d.rows().get(r);
            List<TableViz.Cell> cells = new ArrayList<>(order.size());
            for (int c = 0; c < order.size(); c++) {
                int i = order.get(c);
                Object value = d.cell(row, i);
                String text = d.kind(i) == ColumnKind.NUMBER && !d.measure(i) && value != null
                        ? ValueFormats.text(value) : formats.get(c).cell(value, grains.get(c));
                Optional<ConditionalRule> rule = rules.stream()
                        .filter(x -> x.column().equals(d.names().get(i)) && x.holds(value)).findFirst();
                cells.add(new TableViz.Cell(value, text, rule.map(ConditionalRule::background).orElse(null),
                        rule.map(ConditionalRule::color).orElse(null)));
            }
            rows.add(cells);
        }
        if (shown < d.rows().size()) {
            d.note("The table shows the first " + ChartSampling.count(shown) + " of "
                    + ChartSampling.count(d.rows().size()) + " rows.");
        }
        List<TableViz.Cell> totals = table.flag("totals", false) ? totals(d, order, formats) : null;
        return new TableViz(columns, rows, totals);
    }

    /** The listed columns in their order (hidden left out), then the rest in result order. */
    static List<Integer> order(Drawing d, VizSettings table) {
        List<Integer> order = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        for (Map<String, Object> spec : table.objects("columns")) {
            VizSettings s = new VizSettings(spec);
            Optional<String> name = s.text("name");
            int i = name.map(d::index).orElse(-1);
            if (s.flag("hidden", false)) {
                name.ifPresent(hidden::add);
            } else if (i >= 0 && !order.contains(i)) {
                order.add(i);
            }
        }
        for (int i = 0; i < d.columns().size(); i++) {
            if (!order.contains(i) && !hidden.contains(d.names().get(i))) {
                order.add(i);
            }
        }
        return order;
    }

    private static Optional<Map<String, Object>> spec(VizSettings table, String name) {
        return table.objects("columns").stream().filter(m -> name.equals(m.get("name"))).findFirst();
    }

    /** Sums of the measure columns over every row read; "Total" in the first column; other cells blank. */
    static List<TableViz.Cell> totals(Drawing d, List<Integer> order, List<ValueFormats> formats) {
        List<TableViz.Cell> totals = new ArrayList<>();
        for (int c = 0; c < order.size(); c++) {
            int i = order.get(c);
            if (c == 0) {
                totals.add(new TableViz.Cell(null, "Total", null, null));
                continue;
            }
            if (!d.measure(i)) {
                totals.add(new TableViz.Cell(null, "", null, null));
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (List<Object> row : d.rows()) {
                Object v = d.cell(row, i);
                if (v instanceof BigDecimal b) {
                    sum = sum.add(b);
                } else if (ValueFormats.toDouble(v) != null) {
                    sum = sum.add(v instanceof Long || v instanceof Integer
                            ? BigDecimal.valueOf(((Number) v).longValue()) : BigDecimal.valueOf(((Number) v).doubleValue()));
                }
            }
            totals.add(new TableViz.Cell(sum, formats.get(c).number(sum), null, null));
        }
        return totals;
    }

    /** One conditional-colour rule of the {@code table.conditional} setting. */
    record ConditionalRule(String column, String op, Object value, Object value2, String background, String color) {
        static ConditionalRule of(Map<String, Object> m) {
            VizSettings s = new VizSettings(m);
            return new ConditionalRule(s.text("column", ""), s.text("op", "eq"), m.get("value"), m.get("value2"),
                    s.text("background").filter(CssColors::safe).orElse(null),
                    s.text("color").filter(CssColors::safe).orElse(null));
        }

        boolean holds(Object cell) {
            if (cell == null) {
                return false;
            }
            if (op.equals("contains")) {
                return value != null && ValueFormats.text(cell).toLowerCase(Locale.ROOT)
                        .contains(ValueFormats.text(value).toLowerCase(Locale.ROOT));
            }
            Double c = ValueFormats.toDouble(cell);
            Double v = ValueFormats.toDouble(value);
            if (c == null || v == null) {
                boolean same = ValueFormats.text(cell).equals(ValueFormats.text(value));
                return op.equals("eq") ? same : op.equals("ne") && !same;
            }
            return switch (op) {
                case "gt" -> c > v;
                case "lt" -> c < v;
                case "ge" -> c >= v;
                case "le" -> c <= v;
                case "eq" -> c.doubleValue() == v.doubleValue();
                case "ne" -> c.doubleValue() != v.doubleValue();
                case "between" -> {
                    Double v2 = ValueFormats.toDouble(value2);
                    yield v2 != null && c >= Math.min(v, v2) && c <= Math.max(v, v2);
                }
                default -> false;
            };
        }
    }
}
