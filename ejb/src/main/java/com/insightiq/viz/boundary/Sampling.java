package com.insightiq.viz.boundary;

/**
 * Whether a chart shows every point: {@code method} is {@code none}, {@code lttb} (largest-triangle-three-buckets, for
 * ordered x values), {@code top} (largest categories plus "Other") or {@code rows} (the result stopped at the
 * visualization row limit); {@code sourcePoints} read, {@code shownPoints} drawn.
 */
public record Sampling(String method, long sourcePoints, long shownPoints) {
    public static Sampling none(long points) {
        return new Sampling("none", points, points);
    }
}
