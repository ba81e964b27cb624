package com.insightiq.dashboard.control;

import com.insightiq.platform.control.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a filter value has the shape its filter's type takes (the formats of the dashboard boundary's package
 * documentation): used for the defaults a dashboard stores. Returns the value normalised (numbers as BigDecimal,
 * single values as themselves, empty as null); a wrong shape is 400 naming the filter.
 */
public final class FilterDefaults {
    static final int MAX_VALUES = 1000;
    static final int MAX_TEXT = 1000;
    private static final Set<String> DATE_WORDS = Set.of("today", "yesterday", "thisweek", "thismonth",
            "thisquarter", "thisyear", "lastweek", "lastmonth", "lastquarter", "lastyear", "ytd", "qtd", "mtd");
    private static final Pattern RELATIVE = Pattern.compile("(past|next)([1-9][0-9]{0,3})(days|weeks|months|quarters"
            + "|years)");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,19}");

    private FilterDefaults() {
    }

    /** The value checked for {@code type}; {@code label} names the filter in the message. */
    public static Object check(String type, Object value, String label) {
        if (empty(value)) {
            return null;
        }
        return switch (type) {
            case "date" -> date(value, label);
            case "number" -> number(value, label);
            case "id" -> ids(value, label);
            default -> texts(value, label);
        };
    }

    private static Object date(Object value, String label) {
        if (!(value instanceof String text) || !isDate(text)) {
            throw wrong(label, "a date range such as \"past30days\", \"thismonth\", \"2024-01-01~2024-03-31\" or "
                    + "one day \"2024-01-01\"");
        }
        return value;
    }

    static boolean isDate(String text) {
        if (DATE_WORDS.contains(text) || RELATIVE.matcher(text).matches()) {
            return true;
        }
        int tilde = text.indexOf('~');
        if (tilde < 0) {
            return day(text);
        }
        String from = text.substring(0, tilde);
        String to = text.substring(tilde + 1);
        return !(from.isEmpty() && to.isEmpty()) && (from.isEmpty() || day(from)) && (to.isEmpty() || day(to))
                && (from.isEmpty() || to.isEmpty() || !LocalDate.parse(from).isAfter(LocalDate.parse(to)));
    }

    private static boolean day(String text) {
        try {
            return text.length() == 10 && LocalDate.parse(text) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Object number(Object value, String label) {
        String shape = "a number, a list of numbers or a range such as \"10~20\"";
        if (value instanceof String range) {
            int tilde = range.indexOf('~');
            if (tilde < 0 || range.indexOf('~', tilde + 1) >= 0) {
                throw wrong(label, shape);
            }
            String from = range.substring(0, tilde).strip();
            String to = range.substring(tilde + 1).strip();
            if (from.isEmpty() && to.isEmpty() || !from.isEmpty() && decimal(from) == null
                    || !to.isEmpty() && decimal(to) == null) {
                throw wrong(label, shape);
            }
            return range;
        }
        if (value instanceof List<?> list) {
            List<BigDecimal> numbers = new ArrayList<>();
            for (Object item : limited(list, label)) {
                numbers.add(number(item).orElseThrowWrong(label, shape));
            }
            return List.copyOf(numbers);
        }
        return number(value).orElseThrowWrong(label, shape);
    }

    private static Object ids(Object value, String label) {
        String shape = "an id (a whole number) or a list of ids";
        if (value instanceof List<?> list) {
            List<Object> ids = new ArrayList<>();
            for (Object item : limited(list, label)) {
                ids.add(id(item, label, shape));
            }
            return List.copyOf(ids);
        }
        return id(value, label, shape);
    }

    private static Object id(Object value, String label, String shape) {
        if (value instanceof String text && INTEGER.matcher(text.strip()).matches()) {
            return text.strip();
        }
        Checked number = number(value);
        if (number.value != null && number.value.stripTrailingZeros().scale() <= 0) {
            return number.value;
        }
        throw wrong(label, shape);
    }

    private static Object texts(Object value, String label) {
        String shape = "a text or a list of texts";
        if (value instanceof List<?> list) {
            List<String> texts = new ArrayList<>();
            for (Object item : limited(list, label)) {
                texts.add(text(item, label, shape));
            }
            return List.copyOf(texts);
        }
        return text(value, label, shape);
    }

    private static String text(Object value, String label, String shape) {
        if (!(value instanceof String text)) {
            throw wrong(label, shape);
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("A value of filter " + label + " has " + text.length()
                    + " characters; at most " + MAX_TEXT + " are allowed.");
        }
        return text;
    }

    private static List<?> limited(List<?> list, String label) {
        if (list.size() > MAX_VALUES) {
            throw new InvalidInputException("Filter " + label + " has " + list.size() + " values; at most "
                    + MAX_VALUES + " are allowed.");
        }
        return list;
    }

    /** A number as the JSON reader or a page may hand it over. */
    private record Checked(BigDecimal value) {
        BigDecimal orElseThrowWrong(String label, String shape) {
            if (value == null) {
                throw wrong(label, shape);
            }
            return value;
        }
    }

    private static Checked number(Object value) {
        if (value instanceof BigDecimal d) {
            return new Checked(d);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return new Checked(BigDecimal.valueOf(((Number) value).longValue()));
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return new Checked(Double.isFinite(d) ? BigDecimal.valueOf(d) : null);
        }
        return new Checked(null);
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean empty(Object value) {
        return value == null || value instanceof String s && s.isEmpty() || value instanceof List<?> l && l.isEmpty();
    }

    private static InvalidInputException wrong(String label, String shape) {
        return new InvalidInputException("The default of filter " + label + " must be " + shape + ".");
    }
}
