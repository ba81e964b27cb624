package com.insightiq.viz.control;

/**
 * Largest-Triangle-Three-Buckets downsampling (Steinarsson 2013, "Downsampling Time Series for Visual
 * Representation"): keeps the first and last point and, from each of {@code threshold - 2} equal buckets, the point
 * that spans the largest triangle with the previously kept point and the next bucket's average — so peaks and dips
 * survive where averaging would flatten them. Linear in the number of points.
 */
public final class Lttb {
    private Lttb() {
    }

    /**
     * The indexes (ascending) of the points to keep out of {@code x.length}; all of them when there are no more than
     * {@code threshold} (at least 3: first, last and one between). {@code x} must be ascending.
     */
    public static int[] select(double[] x, double[] y, int threshold) {
        int n = x.length;
        int wanted = Math.max(threshold, 3);
        if (wanted >= n) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        threshold = wanted;
        int[] kept = new int[threshold];
        double every = (double) (n - 2) / (threshold - 2);
        int a = 0;
        kept[0] = 0;
        for (int bucket = 0; bucket < threshold - 2; bucket++) {
            int nextStart = (int) Math.floor((bucket + 1) * every) + 1;
            int nextEnd = Math.min((int) Math.floor((bucket + 2) * every) + 1, n);
            double avgX = 0;
            double avgY = 0;
            int span = Math.max(nextEnd - nextStart, 0);
            for (int i = nextStart; i < nextEnd; i++) {
                avgX += x[i];
                avgY += y[i];
            }
            if (span == 0) {
                avgX = x[n - 1];
                avgY = y[n - 1];
            } else {
                avgX /= span;
                avgY /= span;
            }
            int start = (int) Math.floor(bucket * every) + 1;
            int end = (int) Math.floor((bucket + 1) * every) + 1;
            double largest = -1;
            int chosen = start;
            for (int i = start; i < end; i++) {
                double area = Math.abs((x[a] - avgX) * (y[i] - y[a]) - (x[a] - x[i]) * (avgY - y[a]));
                if (area > largest) {
                    largest = area;
                    chosen = i;
                }
            }
            kept[bucket + 1] = chosen;
            a = chosen;
        }
        kept[threshold - 1] = n - 1;
        return kept;
    }
}
