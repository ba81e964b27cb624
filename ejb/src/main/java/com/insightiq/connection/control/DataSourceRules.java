package com.insightiq.connection.control;

import com.insightiq.connection.entity.Engine;
import com.insightiq.connection.entity.SslMode;
import com.insightiq.platform.control.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a data source's fields may hold, checked before anything is stored or dialled. Each rule returns the clean
 * value or throws {@link InvalidInputException} with a message naming the field. Host and database are restricted so
 * they can never carry JDBC URL syntax; options are checked again by the engine's allow-list.
 */
public final class DataSourceRules {
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62})(?:\\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62}))*\\.?");
    private static final Pattern IPV6 = Pattern.compile("\\[?[0-9A-Fa-f:.]{2,45}]?");
    private static final Pattern DATABASE = Pattern.compile("[\\p{L}\\p{N}_ .$-]{1,128}");
    private static final Pattern OPTION_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    static final int MAX_OPTIONS = 20;
    static final int MAX_SECRET = 1024;
    static final int MAX_PRIVATE_KEY = 16 * 1024;

    private DataSourceRules() {
    }

    public static String name(String name) {
        String clean = required(name, "name").strip();
        if (clean.length() > 100) {
            throw new InvalidInputException("The name must be at most 100 characters.");
        }
        return noControl(clean, "name");
    }

    public static Engine engine(String engine) {
        return Engine.fromCode(required(engine, "engine")).orElseThrow(() -> new InvalidInputException(
                "Unknown engine '" + shorten(engine) + "'. Use postgresql, mysql (also for MariaDB), sqlserver or trino."));
    }

    public static String host(String host, String field) {
        String clean = required(host, field).strip();
        if (HOST_NAME.matcher(clean).matches() || (clean.contains(":") && IPV6.matcher(clean).matches())) {
            return clean.startsWith("[") ? clean.substring(1, clean.length() - 1) : clean;
        }
        throw new InvalidInputException("The " + field + " '" + shorten(clean)
                + "' is not a host name or IP address (letters, digits, '-', '_' and '.', at most 253 characters).");
    }

    public static int port(Integer port, int defaultPort, String field) {
        if (port == null) {
            return defaultPort;
        }
        if (port < 1 || port > 65535) {
            throw new InvalidInputException("The " + field + " must be between 1 and 65535, not " + port + ".");
        }
        return port;
    }

    public static String database(String database) {
        String clean = required(database, "database").strip();
        if (!DATABASE.matcher(clean).matches()) {
            throw new InvalidInputException("The database name '" + shorten(clean) + "' may only hold letters, digits,"
                    + " spaces, '_', '.', '$' and '-' (at most 128 characters).");
        }
        return clean;
    }

    public static String username(String username, String field) {
        String clean = required(username, field).strip();
        if (clean.length() > 128) {
            throw new InvalidInputException("The " + field + " must be at most 128 characters.");
        }
        return noControl(clean, field);
    }

    /** A password may hold anything printable, spaces included, but no control characters. */
    public static String secret(String secret, String field, int max) {
        if (secret == null) {
            return null;
        }
        if (secret.length() > max) {
            throw new InvalidInputException("The " + field + " must be at most " + max + " characters.");
        }
        return noControl(secret, field);
    }

    public static String password(String secret, String field) {
        return secret(secret, field, MAX_SECRET);
    }

    /** A private key is multi-line text; only line breaks are allowed among control characters. */
    public static String privateKey(String key) {
        if (key == null) {
            return null;
        }
        if (key.length() > MAX_PRIVATE_KEY) {
            throw new InvalidInputException("The SSH private key must be at most 16 kB.");
        }
        if (CONTROL.matcher(key.replace("\n", "").replace("\r", "")).find()) {
            throw new InvalidInputException("The SSH private key contains control characters.");
        }
        return key;
    }

    public static SslMode sslMode(String sslMode) {
        if (sslMode == null || sslMode.isBlank()) {
            return SslMode.PREFER;
        }
        return SslMode.fromCode(sslMode).orElseThrow(() -> new InvalidInputException("Unknown SSL mode '"
                + shorten(sslMode) + "'. Use disable, prefer, require or verify-full."));
    }

    /** Shape of the options; which keys an engine accepts is its driver's allow-list. */
    public static Map<String, String> options(Map<String, String> options) {
        if (options == null) {
            return Map.of();
        }
        if (options.size() > MAX_OPTIONS) {
            throw new InvalidInputException("At most " + MAX_OPTIONS + " options are allowed.");
        }
        Map<String, String> clean = new LinkedHashMap<>();
        options.forEach((key, value) -> {
            if (key == null || !OPTION_KEY.matcher(key).matches()) {
                throw new InvalidInputException("The option name '" + shorten(String.valueOf(key))
                        + "' is not valid (a letter, then letters, digits, '_', '.', '-').");
            }
            if (value == null || value.length() > 256 || CONTROL.matcher(value).find()) {
                throw new InvalidInputException("The value of option '" + key
                        + "' must be text of at most 256 characters without control characters.");
            }
            clean.put(key, value);
        });
        return clean;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("The " + field + " is required.");
        }
        return value;
    }

    private static String noControl(String value, String field) {
        if (CONTROL.matcher(value).find()) {
            throw new InvalidInputException("The " + field + " contains control characters.");
        }
        return value;
    }

    static String shorten(String text) {
        String printable = CONTROL.matcher(text).replaceAll("?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }
}
