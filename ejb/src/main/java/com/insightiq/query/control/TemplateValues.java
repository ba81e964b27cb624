package com.insightiq.query.control;

import com.insightiq.platform.control.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns decoded JSON values into the Java types JDBC binds, with a message naming the variable when a value does not
 * fit. Values are only ever bound, so the checks are about meaning, not about injection.
 */
final class TemplateValues {

    /** A list beyond this is a mistake or an attack, and would overflow the engines' bind limits (65,535). */
    static final int MAX_LIST = 10_000;
    /** Longer digit strings are not numbers anyone types; they would only cost time in BigDecimal. */
    private static final int MAX_NUMBER_CHARS = 400;
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    /** The two ends of a range as given; either may be null. */
    record Range(Object from, Object to) {
    }

    private TemplateValues() {
    }

    /** "No value": null, an empty list, or a range with neither end. An empty string is a value. */
    static boolean absent(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return blank(map.get("from")) && blank(map.get("to"));
        }
        return false;
    }

    static String text(String name, Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw wrong(name, "one text value", value);
    }

    /** A {@code Long} when integral and in range, else a {@code BigDecimal}. */
    static Object number(String name, Object value) {
        BigDecimal number;
        if (value instanceof BigDecimal decimal) {
            number = decimal;
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return ((Number) value).longValue();
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw wrong(name, "a number", value);
            }
            number = BigDecimal.valueOf(d);
        } else if (value instanceof String text && !text.isBlank() && text.strip().length() <= MAX_NUMBER_CHARS) {
            try {
                number = new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                throw wrong(name, "a number", value);
            }
        } else {
            throw wrong(name, "a number", value);
        }
        boolean integral = number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
        if (integral && number.compareTo(LONG_MIN) >= 0 && number.compareTo(LONG_MAX) <= 0) {
            return number.longValueExact();
        }
        return number;
    }

    static LocalDate date(String name, Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof String text) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                // reported below with the variable's name
            }
        }
        throw wrong(name, "a date like 2024-01-31", value);
    }

    /** A {@code LocalDate} when only a day is given (a field filter then means the whole day), else a date-time. */
    static Object dateOrTimestamp(String name, Object value) {
        if (value instanceof LocalDate || value instanceof LocalDateTime) {
            return value;
        }
        if (value instanceof String text) {
            String t = text.strip();
            try {
                return t.length() <= 10 ? LocalDate.parse(t) : LocalDateTime.parse(t.replace(' ', 'T'));
            } catch (DateTimeParseException e) {
                // reported below with the variable's name
            }
        }
        throw wrong(name, "a date like 2024-01-31 or a time like 2024-01-31T13:45:00", value);
    }

    static Boolean bool(String name, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return Boolean.valueOf(text);
        }
        throw wrong(name, "true or false", value);
    }

    /** The values of a list; one scalar counts as a list of one. */
    static List<?> list(String name, Object value) {
        if (value instanceof Map<?, ?>) {
            throw wrong(name, "a list of values", value);
        }
        List<?> list = value instanceof Collection<?> c ? List.copyOf(c) : List.of(value);
        if (list.size() > MAX_LIST) {
            throw new InvalidInputException("The variable {{" + name + "}} has " + list.size()
                    + " values; at most " + MAX_LIST + " are allowed.");
        }
        return list;
    }

    static Range range(String name, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw wrong(name, "a range {from, to}", value);
        }
        Object from = map.get("from");
        Object to = map.get("to");
        return new Range(blank(from) ? null : from, blank(to) ? null : to);
    }

    static InvalidInputException wrong(String name, String expected, Object value) {
        String given = value instanceof Collection<?> ? "a list"
                : value instanceof Map<?, ?> ? "a range"
                : value == null ? "nothing" : "\"" + Positions.shown(value) + "\"";
        return new InvalidInputException("The variable {{" + name + "}} needs " + expected + ", not " + given + ".");
    }

    private static boolean blank(Object value) {
        return value == null || value instanceof String s && s.isBlank();
    }
}
