package com.insightiq.connection.control;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Adds the options a user typed to the driver properties, but only those on the engine's allow-list, with values of the
 * expected shape. Options that load classes, read files or open sockets never get on a list; options the driver
 * already set (credentials, TLS, timeouts) cannot be overridden.
 */
final class UserOptions {

    static final Pattern BOOLEAN = Pattern.compile("(?i)true|false");
    static final Pattern COUNT = Pattern.compile("[0-9]{1,9}");
    static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_$]{1,63}");
    static final Pattern NAMES = Pattern.compile("[\\p{L}\\p{N}_$]{1,63}(?:,[\\p{L}\\p{N}_$]{1,63}){0,15}");
    static final int MAX_VALUE_LENGTH = 256;

    private UserOptions() {
    }

    static void addTo(Properties properties, Map<String, String> options, Map<String, Pattern> rules, String engine) {
        for (Map.Entry<String, String> option : new TreeMap<>(options).entrySet()) {
            String name = option.getKey();
            String value = option.getValue();
            if (isSetByDriver(properties, name)) {
                throw new IllegalArgumentException("Option '" + printable(name) + "' is set by InsightIQ from the "
                        + "connection settings and cannot be overridden.");
            }
            Pattern rule = rules.get(name);
            if (rule == null) {
                throw new IllegalArgumentException("Option '" + printable(name) + "' is not allowed for " + engine
                        + "; allowed options: " + String.join(", ", new TreeMap<>(rules).keySet()) + ".");
            }
            if (value == null || value.length() > MAX_VALUE_LENGTH || !rule.matcher(value).matches()) {
                throw new IllegalArgumentException("Option '" + name + "' has a value that is not valid for it.");
            }
            properties.setProperty(name, value);
        }
    }

    private static boolean isSetByDriver(Properties properties, String name) {
        return properties.stringPropertyNames().stream().anyMatch(set -> set.equalsIgnoreCase(name));
    }

    /** Option names are echoed in the 400 answer: keep them short and free of control characters. */
    private static String printable(String name) {
        String clean = name.replaceAll("[^\\p{L}\\p{N}_.$-]", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
    }
}
