package com.insightiq.viz.control;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
        Map<Object, Map<Object, Double>> sums = new LinkedHashMap<>();
        List<Object> seriesKeys = new ArrayList<>();
        if (breakout < 0) {
            for (int m : metrics) {
                seriesKeys.add(names.get(m));
                sums.put(names.get(m), new HashMap<>());
            }
        }
        for (List<Object> row : rows) {
            Object xv = key(cell(row, x));
            positions.putIfAbsent(xv, positions.size());
            if (breakout >= 0) {
                Object sk = key(cell(row, breakout));
                if (!sums.containsKey(sk)) {
                    sums.put(sk, new HashMap<>());
                    seriesKeys.add(sk);
                }
                add(sums.get(sk), xv, cell(row, metrics.get(0)));
            } else {
                for (int m : metrics) {
                    add(sums.get(names.get(m)), xv, cell(row, m));
                }
            }
        }
        List<Object> xs = new ArrayList<>(positions.keySet());
        List<Series> series = new ArrayList<>();
        for (Object sk : seriesKeys) {
            Double[] values = new Double[xs.size()];
            Map<Object, Double> bySeries = sums.get(sk);
            for (int i = 0; i < xs.size(); i++) {
                values[i] = bySeries.get(xs.get(i));
            }
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

    private static void add(Map<Object, Double> sums, Object x, Object value) {
        Double d = ValueFormats.toDouble(value);
        if (d != null) {
            sums.merge(x, d, Double::sum);
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
        Comparator<Integer> comparator = switch (sort) {
            case "x-asc" -> (a, b) -> compare(xs.get(a), xs.get(b));
            case "x-desc" -> (a, b) -> compare(xs.get(b), xs.get(a));
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
