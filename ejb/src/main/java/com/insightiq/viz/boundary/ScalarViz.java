package com.insightiq.viz.boundary;

/**
 * One figure: its label and formatted value; for a trend the previous period's value and the change
 * ({@code direction} up, down or flat; {@code changeRatio} 0.12 = +12 %); for progress and gauge the goal and how far
 * the value is towards it ({@code progress}, 0..1 or more).
 */
public record ScalarViz(String label, Object value, String formatted, String previousFormatted, Double changeRatio,
                        String changeFormatted, String direction, Double goal, String goalFormatted,
                        Double progress) {
}
