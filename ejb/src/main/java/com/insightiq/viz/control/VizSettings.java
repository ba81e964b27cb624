package com.insightiq.viz.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed, forgiving reads of a visualization's settings (decoded JSON). {@link SettingsCheck} refuses wrong types when
 * a person saves; reads here still ignore them, so settings stored before a rule changed never break a render.
 */
public record VizSettings(Map<String, Object> values) {
    public VizSettings {
        values = values == null ? Map.of() : values;
    }

    public Optional<String> text(String key) {
        return values.get(key) instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }

    public String text(String key, String fallback) {
        return text(key).orElse(fallback);
    }

    public boolean flag(String key, boolean fallback) {
        return values.get(key) instanceof Boolean b ? b : fallback;
    }

    public Optional<Double> number(String key) {
        return number(values, key);
    }

    /** A list of strings; a single string counts as a list of one (people write {@code "metrics": "total"}). */
    public List<String> texts(String key) {
        return texts(values.get(key));
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String key) {
        return values.get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    public VizSettings nested(String key) {
        return new VizSettings(map(key));
    }

    /** The entries of a list of objects, skipping anything else. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> objects(String key) {
        List<Map<String, Object>> objects = new ArrayList<>();
        if (values.get(key) instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof Map<?, ?> m) {
                    objects.add((Map<String, Object>) m);
                }
            }
        }
        return objects;
    }

    static Optional<Double> number(Map<String, Object> map, String key) {
        return map.get(key) instanceof Number n && Double.isFinite(n.doubleValue())
                ? Optional.of(n.doubleValue()) : Optional.empty();
    }

    static List<String> texts(Object value) {
        if (value instanceof String s) {
            return s.isBlank() ? List.of() : List.of(s);
        }
        List<String> texts = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof String s && !s.isBlank()) {
                    texts.add(s);
                }
            }
        }
        return texts;
    }
}
