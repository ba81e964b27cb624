package com.insightiq.connection.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Checks the parts of a {@link ConnectionTarget} that end up in JDBC URL text. The boundary validates too; drivers check
 * again because a URL is the one place where a stray {@code ?}, {@code ;} or {@code &} turns into a driver setting.
 */
final class ConnectionTargets {

    private static final Pattern HOST_NAME = Pattern.compile(
            "[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?(?:\\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\\.?");
    private static final Pattern BRACKETED_IPV6 = Pattern.compile("\\[[0-9A-Fa-f:.]{2,45}]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Zl}\\p{Zp}]");
    private static final int MAX_HOST_LENGTH = 253;
    private static final int MAX_DATABASE_LENGTH = 128;

    private ConnectionTargets() {
    }

    /** A host name, IPv4 literal or bracketed IPv6 literal; anything else is refused without echoing it. */
    static String host(ConnectionTarget target) {
        String host = target.host();
        if (host == null || host.isEmpty() || host.length() > MAX_HOST_LENGTH
                || !(HOST_NAME.matcher(host).matches() || BRACKETED_IPV6.matcher(host).matches())) {
            throw new IllegalArgumentException("The host must be a host name or an IP address "
                    + "(IPv6 in brackets); letters, digits, '.', '-' and '_' only.");
        }
        return host;
    }

    static boolean isIpv6Literal(String host) {
        return host.startsWith("[");
    }

    static int port(ConnectionTarget target) {
        if (target.port() < 1 || target.port() > 65535) {
            throw new IllegalArgumentException("The port must be between 1 and 65535.");
        }
        return target.port();
    }

    /** The database name, or empty when none was given; {@code allowed} is the engine's rule for URL-safe names. */
    static String database(ConnectionTarget target, Pattern allowed, String rule) {
        String database = target.database();
        if (database == null || database.isEmpty()) {
            return "";
        }
        if (database.length() > MAX_DATABASE_LENGTH || CONTROL.matcher(database).find()
                || !allowed.matcher(database).matches()) {
            throw new IllegalArgumentException("The database name is not valid: " + rule);
        }
        return database;
    }

    /** For drivers that decode the URL path (PostgreSQL): every metacharacter becomes a %XX escape. */
    static String urlEncoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static long seconds(Duration timeout) {
        return Math.max(1, (timeout.toMillis() + 999) / 1000);
    }
}
