package com.insightiq.tenancy.control;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds which tenant a request is for: a registered host name wins, else the path prefix {@code /t/{slug}/}.
 * Pure, so it is tested without a server; the host lookup is passed in.
 */
public final class TenantResolution {
    public static final String PREFIX = "/t/";

    private TenantResolution() {
    }

    /** What the request asked for: a tenant slug (not yet known to exist) and the path inside the application. */
    public record Target(Optional<String> slug, String path, boolean byPath) {
    }

    /**
     * @param host         the request's Host, without port
     * @param path         the path inside the application (after the context path)
     * @param slugOfHost   looks a registered host up
     */
    public static Target resolve(String host, String path, Function<String, Optional<String>> slugOfHost) {
        String safePath = path == null || path.isEmpty() ? "/" : path;
        if (safePath.startsWith(PREFIX)) {
            String rest = safePath.substring(PREFIX.length());
            int slash = rest.indexOf('/');
            String slug = slash < 0 ? rest : rest.substring(0, slash);
            String inner = slash < 0 ? "/" : rest.substring(slash);
            return new Target(Optional.of(slug), inner, true);
        }
        if (host != null && !host.isBlank()) {
            Optional<String> slug = slugOfHost.apply(normaliseHost(host));
            if (slug.isPresent()) {
                return new Target(slug, safePath, false);
            }
        }
        return new Target(Optional.empty(), safePath, false);
    }

    public static String normaliseHost(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h;
    }
}
