package com.insightiq.query.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;

/**
 * The text of a canonical value (see {@link RowSink}) where a file has only text: the same forms as the JSON API, so
 * a CSV and a JSON export of one query agree. Numbers without exponent where that stays short, ISO-8601 dates and
 * times (seconds always shown), binary as Base64, arrays as JSON arrays.
 */
public final class ExportText {
    /** Beyond this many digits of scale a plain number is long and an exponent reads better. */
    static final int MAX_PLAIN_SCALE = 20;

    private ExportText() {
    }

    /** The text of a value; {@code null} stays {@code null} so each format can say "no value" its own way. */
    public static String of(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof BigDecimal d) {
            return number(d);
        }
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof LocalDate d) {
            return IsoText.date(d);
        }
        if (value instanceof LocalTime t) {
            return IsoText.time(t);
        }
        if (value instanceof LocalDateTime t) {
            return IsoText.dateTime(t);
        }
        if (value instanceof OffsetDateTime t) {
            return IsoText.offsetDateTime(t);
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof List<?> list) {
            return JsonCells.array(list);
        }
        return value.toString(); // Long, Boolean
    }

    /** Plain digits when the scale is moderate ({@code 0.0000001}, not {@code 1E-7}); an exponent otherwise. */
    public static String number(BigDecimal value) {
        int scale = value.scale();
        return scale >= -MAX_PLAIN_SCALE && scale <= MAX_PLAIN_SCALE ? value.toPlainString() : value.toString();
    }

    /** Finite doubles by their shortest decimal ({@code 0.1}, not {@code 0.1000000000000000055…}); NaN, ∞ by name. */
    public static String number(Double value) {
        if (value.isNaN() || value.isInfinite()) {
            return value.toString();
        }
        if (value == 0) {
            return "0";
        }
        String shortestText = value.toString();
        if (shortestText.indexOf('E') < 0) {
            // Java prints 1e-3 <= |d| < 1e7 without exponent already; only an integral ".0" is extra.
            return shortestText.endsWith(".0") ? shortestText.substring(0, shortestText.length() - 2) : shortestText;
        }
        BigDecimal shortest = BigDecimal.valueOf(value).stripTrailingZeros();
        return number(shortest.scale() < 0 && shortest.scale() >= -MAX_PLAIN_SCALE ? shortest.setScale(0) : shortest);
    }
}
