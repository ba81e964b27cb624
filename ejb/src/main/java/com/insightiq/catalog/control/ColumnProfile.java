package com.insightiq.catalog.control;

import java.util.List;
import java.util.Optional;

/**
 * A column's fingerprint from a bounded sample. {@code values} holds the distinct values (sorted, capped) of a
 * low-cardinality text column, else is empty; the shares are of non-null sampled values.
 */
public record ColumnProfile(int sampledRows, int distinctCount, double nullShare, Optional<String> min,
                            Optional<String> max, Optional<Double> avgLength, List<String> values, double emailShare,
                            double urlShare, boolean distinctCapped) {

    public ColumnProfile {
        values = List.copyOf(values);
    }

    public static ColumnProfile empty() {
        return new ColumnProfile(0, 0, 0, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), 0, 0, false);
    }

    public boolean keepsValues() {
        return !values.isEmpty();
    }
}
