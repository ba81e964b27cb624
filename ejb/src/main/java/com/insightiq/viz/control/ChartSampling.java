package com.insightiq.viz.control;

import com.insightiq.viz.boundary.Sampling;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Fewer points for the browser: LTTB per series for ordered x (the union of every series' kept positions, so all
 * series share one label axis), or the largest categories plus "Other" for category charts.
 */
public final class ChartSampling {
    /** Marks the folded categories' position; its label is "Other" and it has no drill value. */
    public static final Object OTHER = new Object() {
        @Override
        public String toString() {
            return "Other";
        }
    };

    /** A table and how it was sampled. */
    public record Sampled(SeriesTable table, Sampling sampling) {
    }

    private ChartSampling() {
    }

    /** LTTB when {@code table} has more than {@code maxPoints} positions; x values must be ascending. */
    public static Sampled lttb(SeriesTable table, int maxPoints, Drawing d) {
        int n = table.size();
        if (n <= maxPoints) {
            return new Sampled(table, Sampling.none(n));
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double v = SeriesTable.epochMillis(table.xs().get(i));
            x[i] = Double.isNaN(v) ? i : v;
        }
        BitSet keep = new BitSet(n);
        for (SeriesTable.Series s : table.series()) {
            int[] present = new int[n];
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (s.values()[i] != null && Double.isFinite(s.values()[i])) {
                    present[count++] = i;
                }
            }
            double[] px = new double[count];
            double[] py = new double[count];
            for (int i = 0; i < count; i++) {
                px[i] = x[present[i]];
                py[i] = s.values()[present[i]];
            }
            for (int chosen : Lttb.select(px, py, maxPoints)) {
                keep.set(present[chosen]);
            }
        }
        int[] order = keep.stream().toArray();
        Sampling sampling = new Sampling("lttb", n, order.length);
        d.note("Showing " + count(order.length) + " of " + count(n)
                + " points (largest-triangle-three-buckets sampling).");
        return new Sampled(table.keep(order), sampling);
    }

    /** The {@code limit - 1} largest categories (by the sum over series) in their order, then "Other". */
    public static Sampled top(SeriesTable table, int limit, Drawing d) {
        int n = table.size();
        if (n <= limit) {
            return new Sampled(table, Sampling.none(n));
        }
        Integer[] bySize = new Integer[n];
        for (int i = 0; i < n; i++) {
            bySize[i] = i;
        }
        Arrays.sort(bySize, Comparator.comparingDouble((Integer i) -> Math.abs(table.total(i))).reversed());
        int[] kept = Arrays.stream(bySize, 0, limit - 1).mapToInt(Integer::intValue).sorted().toArray();
        BitSet keptSet = new BitSet(n);
        Arrays.stream(kept).forEach(keptSet::set);
        List<Object> xs = new ArrayList<>();
        for (int i : kept) {
            xs.add(table.xs().get(i));
        }
        xs.add(OTHER);
        List<SeriesTable.Series> series = new ArrayList<>();
        for (SeriesTable.Series s : table.series()) {
            Double[] values = new Double[kept.length + 1];
            for (int j = 0; j < kept.length; j++) {
                values[j] = s.values()[kept[j]];
            }
            Double other = null;
            for (int i = 0; i < n; i++) {
                if (!keptSet.get(i) && s.values()[i] != null) {
                    other = (other == null ? 0 : other) + s.values()[i];
                }
            }
            values[kept.length] = other;
            series.add(new SeriesTable.Series(s.name(), s.key(), s.metric(), values));
        }
        d.note("Showing the " + count(limit - 1) + " largest of " + count(n)
                + " categories; the rest are added up as \"Other\".");
        return new Sampled(new SeriesTable(xs, series), new Sampling("top", n, limit));
    }

    static String count(long n) {
        // notes are English sentences, so their numbers are too
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }
}
