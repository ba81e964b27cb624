package com.insightiq.dashboard.control;

import com.insightiq.dashboard.boundary.DashboardFilter;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The locked filter values of a signed embedding: each names a filter of the dashboard and has the shape its type
 * takes (the formats of the boundary package's documentation); they override whatever the viewer sends. A value that
 * does not fit makes the token unusable rather than silently dropping a restriction the host application meant.
 */
public final class LockedFilters {
    private static final Pattern RELATIVE = Pattern.compile(
            "(past|next)[1-9][0-9]{0,3}(days|weeks|months|quarters|years)|today|yesterday|this(week|month|quarter|year)"
                    + "|last(week|month|quarter|year)|ytd|qtd|mtd");
    private static final Pattern RANGE = Pattern.compile("([^~]*)~([^~]*)");

    private LockedFilters() {
    }

    /** The params checked against the dashboard's filters; empty when one is unknown or of the wrong shape. */
    public static Optional<Map<String, Object>> check(List<DashboardFilter> filters, Map<String, Object> params) {
        Map<String, String> types = new HashMap<>();
        filters.forEach(f -> types.put(f.id(), f.type()));
        Map<String, Object> checked = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : params.entrySet()) {
            String type = types.get(e.getKey());
            if (type == null || !fits(type, e.getValue())) {
                return Optional.empty();
            }
            checked.put(e.getKey(), e.getValue());
        }
        return Optional.of(checked);
    }

    /** The viewer's values with the locked ones laid over them. */
    public static Map<String, Object> apply(Map<String, Object> requested, Map<String, Object> locked) {
        Map<String, Object> merged = new HashMap<>();
        if (requested != null) {
            merged.putAll(requested);
        }
        merged.putAll(locked);
        return merged;
    }

    static boolean fits(String type, Object value) {
        if (value == null) {
            return true;
        }
        return switch (type) {
            case "date" -> value instanceof String s && isDate(s);
            case "category", "text" -> value instanceof String || listOf(value, v -> v instanceof String);
            case "id" -> isId(value) || listOf(value, LockedFilters::isId);
            case "number" -> value instanceof Number || (value instanceof String s && isNumberRange(s))
                    || listOf(value, v -> v instanceof Number);
            default -> false;
        };
    }

    private static boolean listOf(Object value, java.util.function.Predicate<Object> element) {
        return value instanceof List<?> list && list.stream().allMatch(element);
    }

    private static boolean isDate(String s) {
        if (RELATIVE.matcher(s).matches()) {
            return true;
        }
        Matcher range = RANGE.matcher(s);
        if (range.matches()) {
            String from = range.group(1);
            String to = range.group(2);
            return !(from.isEmpty() && to.isEmpty()) && (from.isEmpty() || isDay(from)) && (to.isEmpty() || isDay(to));
        }
        return isDay(s);
    }

    private static boolean isDay(String s) {
        try {
            return s.length() == 10 && LocalDate.parse(s) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isId(Object value) {
        if (value instanceof BigDecimal d) {
            return d.signum() >= 0 && d.stripTrailingZeros().scale() <= 0;
        }
        if (value instanceof Long || value instanceof Integer) {
            return true;
        }
        return value instanceof String s && s.matches("[0-9]{1,18}");
    }

    private static boolean isNumberRange(String s) {
        Matcher range = RANGE.matcher(s);
        return range.matches() && !(range.group(1).isEmpty() && range.group(2).isEmpty())
                && (range.group(1).isEmpty() || isNumber(range.group(1)))
                && (range.group(2).isEmpty() || isNumber(range.group(2)));
    }

    private static boolean isNumber(String s) {
        try {
            new BigDecimal(s.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
