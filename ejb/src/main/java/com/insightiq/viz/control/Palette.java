package com.insightiq.viz.control;

import java.util.List;
import java.util.Map;

/**
 * Series colours: mid-luminance hues with at least 3:1 contrast against both white and the dark theme's #1e1e1e,
 * ordered so neighbours differ for the common colour-vision deficiencies. A {@code colors} setting overrides by
 * series name.
 */
public final class Palette {
    static final List<String> COLORS = List.of("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2",
            "#edc948", "#ff9da7", "#9c755f", "#8cd17d", "#499894", "#d37295");
    /** The colour of "Other" (folded categories) and of goal lines: neutral so it never reads as a series. */
    public static final String NEUTRAL = "#8c8c8c";

    private final Map<String, Object> overrides;

    public Palette(Map<String, Object> overrides) {
        this.overrides = overrides == null ? Map.of() : overrides;
    }

    /** The colour of the {@code index}-th series named {@code name}. */
    public String color(String name, int index) {
        if (name != null && overrides.get(name) instanceof String chosen && CssColors.safe(chosen)) {
            return chosen;
        }
        return COLORS.get(Math.floorMod(index, COLORS.size()));
    }

    /** A colour with an alpha, for area fills: {@code #rrggbb} becomes {@code #rrggbbaa}; others stay as they are. */
    public static String translucent(String color, double alpha) {
        if (color.matches("#[0-9a-fA-F]{6}")) {
            return color + String.format("%02x", (int) Math.round(alpha * 255));
        }
        return color;
    }
}
