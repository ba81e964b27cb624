package com.insightiq.dashboard.control;

import com.insightiq.dashboard.boundary.DashboardFilter;
import com.insightiq.platform.control.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads dashboard filter values as the dashboard package documentation describes them (decoded JSON, or URL query
 * values: one string, or a list for a repeated parameter) into {@link FilterValue}s. A value of the wrong shape is
 * 400 naming the filter; relative date ranges are computed for today in the tenant's zone, by the given clock.
 */
public final class FilterInput {
    static final int MAX_VALUES = 1000;
    private static final int MAX_TEXT = 1000;

    private final Clock clock;

    public FilterInput(Clock clock) {
        this.clock = clock;
    }

    /**
     * Every set filter's value: {@code locked} over {@code given}, else the filter's default. Ids the dashboard has no
     * filter for and a required filter left without a value are 400.
     */
    public Map<String, FilterValue> read(List<DashboardFilter> filters, Map<String, Object> given,
                                         Map<String, Object> locked, ZoneId zone) {
        Map<String, DashboardFilter> byId = new LinkedHashMap<>();
        filters.forEach(f -> byId.put(f.id(), f));
        Map<String, Object> request = given == null ? Map.of() : given;
        for (String id : request.keySet()) {
            if (!byId.containsKey(id)) {
                throw new InvalidInputException("This dashboard has no filter '" + shown(id) + "'.");
            }
        }
        Map<String, FilterValue> values = new LinkedHashMap<>();
        for (DashboardFilter filter : filters) {
            Object raw = locked != null && locked.containsKey(filter.id()) ? locked.get(filter.id())
                    : request.get(filter.id());
            Optional<FilterValue> value = parse(filter, raw, zone);
            if (value.isEmpty() && filter.defaultValue() != null) {
                value = parse(filter, filter.defaultValue(), zone);
            }
            if (value.isEmpty() && Boolean.TRUE.equals(filter.required())) {
                throw new InvalidInputException("The filter \"" + label(filter) + "\" needs a value.");
            }
            value.ifPresent(v -> values.put(filter.id(), v));
        }
        return values;
    }

    /** One filter's value; empty when it is not set (absent, null, "" or an empty list). */
    public Optional<FilterValue> parse(DashboardFilter filter, Object raw, ZoneId zone) {
        if (unset(raw)) {
            return Optional.empty();
        }
        return Optional.of(switch (filter.type()) {
            case "date" -> date(filter, single(filter, raw, "one date or date range"), zone);
            case "number" -> number(filter, raw);
            case "id" -> ids(filter, raw);
            default -> texts(filter, raw);
        });
    }

    private FilterValue date(DashboardFilter filter, Object raw, ZoneId zone) {
        if (!(raw instanceof String text)) {
            throw wrong(filter, "a date like 2024-01-31, a range like 2024-01-01~2024-03-31 or a relative range like "
                    + "past30days");
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Optional<FilterValue.Dates> relative = RelativeDates.of(text, today);
        if (relative.isPresent()) {
            return relative.get();
        }
        String t = text.strip();
        int tilde = t.indexOf('~');
        if (tilde < 0) {
            LocalDate day = day(filter, t);
            return new FilterValue.Dates(day, day);
        }
        String a = t.substring(0, tilde).strip();
        String b = t.substring(tilde + 1).strip();
        LocalDate from = a.isEmpty() ? null : day(filter, a);
        LocalDate to = b.isEmpty() ? null : day(filter, b);
        if (from == null && to == null) {
            throw wrong(filter, "a range with at least one end, like 2024-01-01~");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("The filter \"" + label(filter) + "\" has a range that ends before it "
                    + "starts.");
        }
        return new FilterValue.Dates(from, to);
    }

    private LocalDate day(DashboardFilter filter, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw wrong(filter, "a date like 2024-01-31, a range like 2024-01-01~2024-03-31 or a relative range like "
                    + "past30days, not \"" + shown(text) + "\"");
        }
    }

    private FilterValue number(DashboardFilter filter, Object raw) {
        if (raw instanceof String text && text.contains("~")) {
            int tilde = text.indexOf('~');
            String a = text.substring(0, tilde).strip();
            String b = text.substring(tilde + 1).strip();
            BigDecimal from = a.isEmpty() ? null : decimal(filter, a);
            BigDecimal to = b.isEmpty() ? null : decimal(filter, b);
            if (from == null && to == null) {
                throw wrong(filter, "a range with at least one end, like 10~");
            }
            if (from != null && to != null && to.compareTo(from) < 0) {
                throw new InvalidInputException("The filter \"" + label(filter) + "\" has a range that ends before "
                        + "it starts.");
            }
            return new FilterValue.NumberRange(from, to);
        }
        List<BigDecimal> numbers = new ArrayList<>();
        for (Object item : items(filter, raw)) {
            numbers.add(decimal(filter, item));
        }
        return new FilterValue.Numbers(numbers);
    }

    private FilterValue ids(DashboardFilter filter, Object raw) {
        List<String> ids = new ArrayList<>();
        for (Object item : items(filter, raw)) {
            BigDecimal n = decimal(filter, item);
            if (n.signum() != 0 && n.stripTrailingZeros().scale() > 0) {
                throw wrong(filter, "whole numbers as ids, not \"" + shown(item) + "\"");
            }
            ids.add(n.toBigInteger().toString());
        }
        return new FilterValue.Texts(ids);
    }

    private FilterValue texts(DashboardFilter filter, Object raw) {
        List<String> texts = new ArrayList<>();
        for (Object item : items(filter, raw)) {
            if (item instanceof String s) {
                if (s.length() > MAX_TEXT) {
                    throw wrong(filter, "values of at most " + MAX_TEXT + " characters");
                }
                texts.add(s);
            } else if (item instanceof Number n) {
                texts.add(new BigDecimal(n.toString()).toPlainString());
            } else {
                throw wrong(filter, "a text or a list of texts");
            }
        }
        return new FilterValue.Texts(texts);
    }

    private BigDecimal decimal(DashboardFilter filter, Object item) {
        if (item instanceof BigDecimal d) {
            return d;
        }
        if (item instanceof Number n && !(item instanceof Double d && (d.isNaN() || d.isInfinite()))) {
            return new BigDecimal(n.toString());
        }
        if (item instanceof String s && !s.isBlank() && s.length() <= 100) {
            try {
                return new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                // said below
            }
        }
        throw wrong(filter, "a number, not " + (item instanceof String s ? "\"" + shown(s) + "\"" : describe(item)));
    }

    /** A list's items (no nulls, no nesting), or the one value as a list of one. */
    private static List<Object> items(DashboardFilter filter, Object raw) {
        if (raw instanceof Map<?, ?> || raw instanceof Boolean) {
            throw wrong(filter, "a value or a list of values, not " + describe(raw));
        }
        List<Object> items = new ArrayList<>();
        if (raw instanceof Collection<?> list) {
            if (list.size() > MAX_VALUES) {
                throw wrong(filter, "at most " + MAX_VALUES + " values");
            }
            for (Object item : list) {
                if (item == null || item instanceof Collection<?> || item instanceof Map<?, ?>
                        || item instanceof Boolean) {
                    throw wrong(filter, "a list of plain values, not one with " + describe(item));
                }
                items.add(item);
            }
        } else {
            items.add(raw);
        }
        return items;
    }

    /** A date filter takes one value; a list of one (a URL parameter given once) is that value. */
    private static Object single(DashboardFilter filter, Object raw, String expected) {
        if (raw instanceof Collection<?> list) {
            if (list.size() != 1) {
                throw wrong(filter, expected + ", not a list");
            }
            return list.iterator().next();
        }
        return raw;
    }

    static boolean unset(Object raw) {
        return raw == null || raw instanceof String s && s.isBlank() || raw instanceof Collection<?> c && c.isEmpty();
    }

    private static InvalidInputException wrong(DashboardFilter filter, String expected) {
        return new InvalidInputException("The filter \"" + label(filter) + "\" needs " + expected + ".");
    }

    static String label(DashboardFilter filter) {
        return shown(filter.name() == null || filter.name().isBlank() ? filter.id() : filter.name());
    }

    private static String describe(Object value) {
        return value == null ? "an empty value" : value instanceof Map<?, ?> ? "an object"
                : value instanceof Collection<?> ? "a list" : value instanceof Boolean ? "true/false"
                : "\"" + shown(value) + "\"";
    }

    static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() > 60 ? text.substring(0, 59) + "…" : text;
    }
}
