package com.insightiq.dashboard.api;

import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.query.control.ParameterJson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run request {@code {"filters": {"created": "past30days", "region": ["West"]}, "tab": null}} (an empty body: no
 * filter values), and filter values from URL query parameters (repeated for lists), as decoded JSON for
 * {@link com.insightiq.dashboard.control.FilterInput}.
 */
public record RunBody(Map<String, Object> filters, String tab) {
    static final int MAX_CHARS = 256 * 1024;

    public static RunBody parse(String json) {
        if (json == null || json.isBlank()) {
            return new RunBody(Map.of(), null);
        }
        if (json.length() > MAX_CHARS) {
            throw new InvalidInputException("The run request is too large.");
        }
        Object decoded;
        try {
            decoded = ParameterJson.decode(json);
        } catch (jakarta.json.JsonException e) {
            throw new InvalidInputException("The request body is not valid JSON: send {\"filters\": {…}}.");
        }
        if (!(decoded instanceof Map<?, ?> body)) {
            throw new InvalidInputException("The request body must be a JSON object: {\"filters\": {…}}.");
        }
        for (Object key : body.keySet()) {
            if (!Set.of("filters", "tab").contains(key)) {
                throw new InvalidInputException("Unknown field '" + key + "'; a run request has filters and tab.");
            }
        }
        Object filters = body.get("filters");
        if (filters != null && !(filters instanceof Map<?, ?>)) {
            throw new InvalidInputException("filters must be an object of filter id → value.");
        }
        Object tab = body.get("tab");
        if (tab != null && !(tab instanceof String)) {
            throw new InvalidInputException("tab must be a tab id or null.");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        if (filters != null) {
            ((Map<?, ?>) filters).forEach((k, v) -> values.put(String.valueOf(k), v));
        }
        return new RunBody(values, (String) tab);
    }

    /** Filter values from query parameters, leaving out {@code skip} (e.g. "q"). */
    public static Map<String, Object> fromQuery(MultivaluedMap<String, String> query, String skip) {
        Map<String, Object> values = new LinkedHashMap<>();
        query.forEach((name, given) -> {
            if (!name.equals(skip)) {
                values.put(name, given.size() == 1 ? given.get(0) : List.copyOf(given));
            }
        });
        return values;
    }

    public static Map<String, Object> fromQuery(HttpServletRequest request, String skip) {
        Map<String, Object> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, given) -> {
            if (!name.equals(skip)) {
                values.put(name, given.length == 1 ? given[0] : List.of(given));
            }
        });
        return values;
    }
}
