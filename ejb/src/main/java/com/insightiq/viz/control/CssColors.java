package com.insightiq.viz.control;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Colours a person may choose. Only forms that cannot carry anything but a colour pass ({@code url(…)},
 * {@code expression(…)}, semicolons and quotes never do), because table cells put them into a style attribute.
 */
public final class CssColors {
    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})");
    private static final String NUMBER = "\\s*-?[0-9]{1,3}(\\.[0-9]{1,4})?(%|deg)?\\s*";
    private static final Pattern FUNCTION = Pattern.compile("(rgba?|hsla?)\\((" + NUMBER + ",){2}" + NUMBER
            + "(,\\s*(0|1|0?\\.[0-9]{1,4}|[0-9]{1,3}%)\\s*)?\\)");
    private static final Pattern SPACED = Pattern.compile("(rgb|hsl)\\((" + NUMBER + "){3}(/\\s*(0|1|0?\\.[0-9]{1,4}"
            + "|[0-9]{1,3}%)\\s*)?\\)");
    private static final Set<String> NAMED = Set.of("black", "white", "red", "green", "blue", "yellow", "orange",
            "purple", "pink", "brown", "gray", "grey", "silver", "maroon", "olive", "lime", "aqua", "teal", "navy",
            "fuchsia", "cyan", "magenta", "gold", "indigo", "violet", "crimson", "coral", "salmon", "tomato", "khaki",
            "orchid", "plum", "tan", "beige", "ivory", "lavender", "turquoise", "skyblue", "steelblue", "slategray",
            "darkgreen", "darkblue", "darkred", "darkorange", "lightgreen", "lightblue", "lightgray", "lightgrey",
            "darkgray", "darkgrey", "forestgreen", "seagreen", "royalblue", "firebrick", "goldenrod", "chocolate",
            "transparent", "currentcolor");

    private CssColors() {
    }

    public static boolean safe(String color) {
        if (color == null || color.length() > 64) {
            return false;
        }
        String c = color.trim().toLowerCase(Locale.ROOT);
        return HEX.matcher(c).matches() || FUNCTION.matcher(c).matches() || SPACED.matcher(c).matches()
                || NAMED.contains(c);
    }
}
