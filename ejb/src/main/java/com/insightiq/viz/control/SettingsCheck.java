package com.insightiq.viz.control;

import com.insightiq.platform.control.InvalidInputException;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings a visualization may carry, and the check of what a person sent: unknown keys, wrong JSON types,
 * unknown choices, overlong names, unsafe colours and oversized lists are refused with one sentence naming the key
 * (e.g. {@code table.conditional[2].background}). Column names are not looked up: results change after saving, and a
 * render falls back to the automatic choice with a note. The keys are documented in {@code package-info.java}.
 */
public final class SettingsCheck {
    /** Longest column name accepted: longer than any engine allows, short enough to keep settings small. */
    static final int MAX_NAME = 1000;
    static final int MAX_TEXT = 255;
    static final int MAX_ENTRIES = 200;

    /** Checks one value at a path; throws with a sentence naming the path. */
    @FunctionalInterface
    interface Rule {
        void check(String path, Object value);
    }

    private static final Rule COLUMN = (p, v) -> text(p, v, MAX_NAME);
    private static final Rule COLUMNS = list(COLUMN);
    private static final Rule NUMBER = SettingsCheck::number;
    private static final Rule FLAG = (p, v) -> {
        if (!(v instanceof Boolean)) {
            throw refuse(p, "must be true or false");
        }
    };
    private static final Rule TITLE = (p, v) -> text(p, v, MAX_TEXT);
    private static final Rule COLOR = (p, v) -> {
        if (!(v instanceof String s) || !CssColors.safe(s)) {
            throw refuse(p, "must be a CSS colour such as #4e79a7, rgb(78, 121, 167), hsl(210, 37%, 48%) or a colour"
                    + " name");
        }
    };
    private static final Rule AXIS = object(Map.of("title", TITLE, "min", NUMBER, "max", NUMBER,
            "scale", choice("linear", "log")));
    private static final Rule NUMBER_FORMAT = object(Map.of(
            "style", choice("number", "currency", "percent", "scientific"),
            "currency", SettingsCheck::currency,
            "decimals", integer(0, 15),
            "compact", FLAG,
            "prefix", (p, v) -> text(p, v, 20),
            "suffix", (p, v) -> text(p, v, 20)));
    private static final Rule DATE_GRAIN = choice("day", "week", "month", "quarter", "year", "hour", "minute");
    private static final Rule CELL_VALUE = (p, v) -> {
        if (v instanceof String s) {
            text(p, s, MAX_NAME);
        } else if (!(v instanceof Number || v instanceof Boolean)) {
            throw refuse(p, "must be a number, a text or true/false");
        }
    };
    private static final Rule TABLE = object(Map.of(
            "columns", list(object(Map.of("name", COLUMN, "title", TITLE, "hidden", FLAG,
                    "numberFormat", NUMBER_FORMAT, "dateGrain", DATE_GRAIN))),
            "conditional", list(object(Map.of("column", COLUMN,
                    "op", choice("gt", "lt", "ge", "le", "eq", "ne", "between", "contains"),
                    "value", CELL_VALUE, "value2", CELL_VALUE, "background", COLOR, "color", COLOR))),
            "totals", FLAG));
    private static final Rule PIVOT = object(Map.of("rows", COLUMNS, "columns", COLUMNS,
            "values", list(object(Map.of("column", COLUMN,
                    "aggregation", choice(Pivots.AGGREGATIONS.toArray(String[]::new)))))));
    private static final Rule GAUGE = object(Map.of("min", NUMBER, "max", NUMBER,
            "segments", list(object(Map.of("to", NUMBER, "color", COLOR, "label", TITLE)))));
    private static final Rule COLORS = (p, v) -> {
        if (!(v instanceof Map<?, ?> map)) {
            throw refuse(p, "must be an object of series names and colours");
        }
        if (map.size() > MAX_ENTRIES) {
            throw refuse(p, "may name at most " + MAX_ENTRIES + " series");
        }
        map.forEach((k, c) -> {
            text(p + " key", k, MAX_NAME);
            COLOR.check(p + "." + k, c);
        });
    };

    /** Every top-level key and its rule. */
    static final Map<String, Rule> KEYS = keys();

    private static Map<String, Rule> keys() {
        Map<String, Rule> keys = new LinkedHashMap<>();
        keys.put("dimension", COLUMN);
        keys.put("metrics", COLUMNS);
        keys.put("series", COLUMN);
        keys.put("stacking", choice("none", "stacked", "normalized"));
        keys.put("donut", FLAG);
        keys.put("bubble", COLUMN);
        keys.put("bins", integer(1, DistributionCharts.MAX_BINS));
        keys.put("goal", NUMBER);
        keys.put("rightAxis", COLUMNS);
        keys.put("lineMetrics", COLUMNS);
        keys.put("colors", COLORS);
        keys.put("labels", FLAG);
        keys.put("legend", choice("top", "bottom", "right", "left", "none"));
        keys.put("sort", choice("none", "x-asc", "x-desc", "value-asc", "value-desc"));
        keys.put("xAxis", AXIS);
        keys.put("yAxis", AXIS);
        keys.put("numberFormat", NUMBER_FORMAT);
        keys.put("dateGrain", DATE_GRAIN);
        keys.put("table", TABLE);
        keys.put("pivot", PIVOT);
        keys.put("gauge", GAUGE);
        keys.put("trend", object(Map.of()));
        return keys;
    }

    private SettingsCheck() {
    }

    /** Refuses settings that break a rule. */
    public static void check(Map<String, Object> settings) {
        object(KEYS).check("", settings == null ? Map.of() : settings);
    }

    private static Rule object(Map<String, Rule> rules) {
        return (path, value) -> {
            if (!(value instanceof Map<?, ?> map)) {
                throw refuse(path, "must be an object");
            }
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                String at = path.isEmpty() ? key : path + "." + key;
                Rule rule = rules.get(key);
                if (rule == null) {
                    throw new InvalidInputException("The visualization setting \"" + ChartColumns.shortName(at)
                            + "\" is not known" + (path.isEmpty() ? "" : " inside \"" + path + "\"") + ".");
                }
                if (entry.getValue() != null) {
                    rule.check(at, entry.getValue());
                }
            }
        };
    }

    private static Rule list(Rule entry) {
        return (path, value) -> {
            if (!(value instanceof List<?> list)) {
                throw refuse(path, "must be a list");
            }
            if (list.size() > MAX_ENTRIES) {
                throw refuse(path, "may have at most " + MAX_ENTRIES + " entries");
            }
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == null) {
                    throw refuse(path + "[" + i + "]", "must not be null");
                }
                entry.check(path + "[" + i + "]", list.get(i));
            }
        };
    }

    private static Rule choice(String... choices) {
        List<String> allowed = List.of(choices);
        return (path, value) -> {
            if (!(value instanceof String s) || !allowed.contains(s)) {
                throw refuse(path, "must be one of " + String.join(", ", allowed));
            }
        };
    }

    private static Rule integer(int min, int max) {
        return (path, value) -> {
            if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
                    || n.doubleValue() < min || n.doubleValue() > max) {
                throw refuse(path, "must be a whole number from " + min + " to " + max);
            }
        };
    }

    private static void number(String path, Object value) {
        if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            throw refuse(path, "must be a number");
        }
    }

    private static void text(String path, Object value, int max) {
        if (!(value instanceof String s)) {
            throw refuse(path, "must be a text");
        }
        if (s.length() > max) {
            throw refuse(path, "must be at most " + max + " characters long");
        }
        if (s.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
            throw refuse(path, "must not contain control characters");
        }
    }

    private static void currency(String path, Object value) {
        if (!(value instanceof String code) || !code.matches("[A-Z]{3}")) {
            throw refuse(path, "must be an ISO 4217 currency code such as EUR or USD");
        }
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw refuse(path, "must be an ISO 4217 currency code such as EUR or USD");
        }
    }

    private static InvalidInputException refuse(String path, String rule) {
        return new InvalidInputException("The visualization setting \"" + ChartColumns.shortName(path) + "\" " + rule
                + ".");
    }
}
