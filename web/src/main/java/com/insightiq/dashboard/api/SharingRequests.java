package com.insightiq.dashboard.api;

import com.insightiq.dashboard.boundary.CardResult;
import com.insightiq.platform.api.JsonConfiguration;
import jakarta.json.bind.Jsonb;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** Bodies and answers of the sharing endpoints (public links, embedding), and what they have in common. */
final class SharingRequests {
    private static final Jsonb JSONB = new JsonConfiguration().getContext(CardResult.class);

    /** {@code POST …/run}, {@code POST …/cards/{cardId}/run}: filter values by filter id; {@code tab} for /run. */
    public record Run(Map<String, Object> filters, String tab) {
    }

    public record Embedding(Boolean enabled) {
    }

    public record Link(String token, String url) {
    }

    public record Secret(String secret) {
    }

    private SharingRequests() {
    }

    static Jsonb jsonb() {
        return JSONB;
    }

    static Map<String, Object> filters(Run body) {
        return body == null || body.filters() == null ? Map.of() : body.filters();
    }

    /** A choices request's other query parameters are filter values: one value as text, repeated ones as a list. */
    static Map<String, Object> filters(MultivaluedMap<String, String> query) {
        Map<String, Object> filters = new LinkedHashMap<>();
        query.forEach((name, values) -> {
            if (!"q".equals(name) && values != null && !values.isEmpty()) {
                filters.put(name, values.size() == 1 ? values.get(0) : List.copyOf(values));
            }
        });
        return filters;
    }

    /** German when the viewer prefers it, else English (the languages the application speaks). */
    static Locale locale(HttpHeaders headers) {
        for (Locale wanted : headers.getAcceptableLanguages()) {
            if ("de".equals(wanted.getLanguage()) || "en".equals(wanted.getLanguage())) {
                return wanted;
            }
        }
        return Locale.ENGLISH;
    }

    /** The public page's absolute address; INSIGHTIQ_PUBLIC_URL wins, as for other links sent out. */
    static String publicPage(HttpServletRequest request, String token) {
        String base = ConfigProvider.getConfig().getOptionalValue("insightiq.public.url", String.class)
                .filter(u -> !u.isBlank()).map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u)
                .orElseGet(() -> requestBase(request));
        return base + "/public/dashboard/" + token;
    }

    private static String requestBase(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
