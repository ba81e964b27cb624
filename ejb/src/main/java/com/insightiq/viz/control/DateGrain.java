package com.insightiq.viz.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How finely time values on an axis are labelled (setting {@code dateGrain}); finer grains come first. */
public enum DateGrain {
    MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, YEAR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DateGrain> of(String code) {
        return Arrays.stream(values()).filter(g -> g.code().equals(code)).findFirst();
    }

    /** The next finer grain a zoom drills into (a minute stays a minute). */
    public DateGrain finer() {
        return switch (this) {
            case YEAR -> QUARTER;
            case QUARTER -> MONTH;
            case MONTH -> DAY;
            case WEEK -> DAY;
            case DAY -> HOUR;
            case HOUR, MINUTE -> MINUTE;
        };
    }
}
