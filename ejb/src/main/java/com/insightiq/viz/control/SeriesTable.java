package com.insightiq.viz.control;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A result reshaped for a chart: the distinct x values in order and, per series, one value per x (null where there
 * is none, which Chart.js draws as a gap). Series are the metrics, or — with a breakout column — the breakout's values
 * for the first metric. Several rows with the same x (and series) are summed, as a chart of a raw result expects.
 */
public final class SeriesTable {
    /** One series: its name, the breakout value it stands for (null for a metric series), its metric column. */
    public record Series(String name, Object key, String metric, Double[] values) {
    }

    private final List<Object> xs;
    private final List<Series> series;

    SeriesTable(List<Object> xs, List<Series> series) {
        this.xs = xs;
        this.series = series;
    }

    public List<Object> xs() {
        return xs;
    }

    public List<Series> series() {
        return series;
    }

    public int size() {
        return xs.size();
    }

    /** Reads rows; {@code breakout} is -1 for none; {@code names} are the column names by index. */
    public static SeriesTable of(List<List<Object>> rows, int x, List<Integer> metrics, int breakout,
            List<String> names) {
        Map<Object, Integer> positions = new LinkedHashMap<>();
        // per series, the sum at each x position (grown as positions appear): no map per series and x
        Map<Object, List<Double>> sums = new LinkedHashMap<>();
        if (breakout < 0) {
            for (int m : metrics) {
                sums.putIfAbsent(names.get(m), new ArrayList<>());
            }
        }
        for (List<Object> row : rows) {
            Object xv = key(cell(row, x));
            Integer position = positions.get(xv);
            if (position == null) {
                position = positions.size();
                positions.put(xv, position);
            }
            if (breakout >= 0) {
                add(sums.computeIfAbsent(key(cell(row, breakout)), k -> new ArrayList<>()), position,
                        cell(row, metrics.get(0)));
            } else {
                for (int m : metrics) {
                    add(sums.get(names.get(m)), position, cell(row, m));
                }
            }
        }
        List<Object> xs = new ArrayList<>(positions.keySet());
        List<Series> series = new ArrayList<>();
        for (Map.Entry<Object, List<Double>> entry : sums.entrySet()) {
            Double[] values = new Double[xs.size()];
            List<Double> bySeries = entry.getValue();
            for (int i = 0; i < bySeries.size(); i++) {
                values[i] = bySeries.get(i);
            }
            Object sk = entry.getKey();
            String metric = breakout >= 0 ? names.get(metrics.get(0)) : (String) sk;
            series.add(new Series(breakout >= 0 ? ValueFormats.text(sk) : (String) sk, breakout >= 0 ? sk : null,
                    metric, values));
        }
        return new SeriesTable(xs, series);
    }

    private static Object cell(List<Object> row, int index) {
        return row == null || index < 0 || index >= row.size() ? null : row.get(index);
    }

    /** 1.50 and 1.5 are one category. */
    private static Object key(Object value) {
        return value instanceof BigDecimal d ? d.stripTrailingZeros() : value;
    }

    private static void add(List<Double> sums, int position, Object value) {
        while (sums.size() <= position) {
            sums.add(null);
        }
        Double d = ValueFormats.toDouble(value);
        if (d != null) {
            Double before = sums.get(position);
            sums.set(position, before == null ? d : before + d);
        }
    }

    /** The positions in {@code order}, e.g. after sorting or sampling. */
    public SeriesTable keep(int[] order) {
        List<Object> kept = new ArrayList<>(order.length);
        for (int i : order) {
            kept.add(xs.get(i));
        }
        List<Series> out = new ArrayList<>();
        for (Series s : series) {
            Double[] values = new Double[order.length];
            for (int i = 0; i < order.length; i++) {
                values[i] = s.values()[order[i]];
            }
            out.add(new Series(s.name(), s.key(), s.metric(), values));
        }
        return new SeriesTable(kept, out);
    }

    /** Sorted as the {@code sort} setting says: x-asc, x-desc, value-asc, value-desc (the sum over series). */
    public SeriesTable sorted(String sort) {
        Integer[] order = new Integer[size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        double[] keys = sort.startsWith("x-") ? numericKeys() : null;
        if (keys != null && ordered(keys, sort.equals("x-asc"))) {
            return this;
        }
        Comparator<Integer> comparator = switch (sort) {
            case "x-asc" -> keys != null ? (a, b) -> Double.compare(keys[a], keys[b])
                    : (a, b) -> compare(xs.get(a), xs.get(b));
            case "x-desc" -> keys != null ? (a, b) -> Double.compare(keys[b], keys[a])
                    : (a, b) -> compare(xs.get(b), xs.get(a));
            case "value-asc" -> Comparator.comparingDouble(this::total);
            case "value-desc" -> Comparator.comparingDouble(this::total).reversed();
            default -> null;
        };
        if (comparator == null) {
            return this;
        }
        java.util.Arrays.sort(order, comparator);
        return keep(java.util.Arrays.stream(order).mapToInt(Integer::intValue).toArray());
    }

    /** x values as numbers (times as epoch milliseconds) when all are numbers or all times, else null. */
    private double[] numericKeys() {
        double[] keys = new double[xs.size()];
        boolean times = !xs.isEmpty() && ValueFormats.isTime(xs.get(0));
        for (int i = 0; i < keys.length; i++) {
            Object x = xs.get(i);
            if (x == null || ValueFormats.isTime(x) != times || !times && ValueFormats.toDouble(x) == null) {
                return null;
            }
            keys[i] = epochMillis(x);
        }
        return keys;
    }

    private static boolean ordered(double[] keys, boolean ascending) {
        for (int i = 1; i < keys.length; i++) {
            if (ascending ? keys[i] < keys[i - 1] : keys[i] > keys[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /** The sum of all series at position {@code i} (missing values count 0). */
    public double total(int i) {
        double sum = 0;
        for (Series s : series) {
            sum += s.values()[i] == null ? 0 : s.values()[i];
        }
        return sum;
    }

    /** Numbers by value, times by instant, nulls last, anything else by text; never throws on mixed types. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        Double da = ValueFormats.toDouble(a);
        Double db = ValueFormats.toDouble(b);
        if (da != null && db != null) {
            return Double.compare(da, db);
        }
        if (ValueFormats.isTime(a) && ValueFormats.isTime(b)) {
            return Double.compare(epochMillis(a), epochMillis(b));
        }
        if (a.getClass() == b.getClass() && a instanceof Comparable ca) {
            return ca.compareTo(b);
        }
        return ValueFormats.text(a).compareTo(ValueFormats.text(b));
    }

    /** A time value as milliseconds for ordering and for LTTB's x axis (wall clocks read as UTC). */
    static double epochMillis(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant().toEpochMilli();
        }
        if (value instanceof LocalDateTime ldt) {
            return ldt.toInstant(ZoneOffset.UTC).toEpochMilli();
        }
        if (value instanceof java.time.LocalDate d) {
            return d.toEpochDay() * 86_400_000d;
        }
        Double n = ValueFormats.toDouble(value);
        return n == null ? Double.NaN : n;
    }
}
