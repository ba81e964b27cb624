package com.insightiq.viz.view;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A visualization's settings (decoded JSON) edited through EL: {@code #{vizPanel.settings.text['xAxis.title']}}
 * reads and writes nested keys by dotted path, with the JSON type each key needs (text, flag, number, list). An empty
 * input removes the key, so the engine's automatic choice comes back.
 */
public final class VizSettingsForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<String, Object> values = new LinkedHashMap<>();

    VizSettingsForm(Map<String, Object> settings) {
        if (settings != null) {
            settings.forEach((k, v) -> values.put(k, copy(v)));
        }
    }

    /** A deep, mutable, serializable copy (engine and stored settings may be immutable maps and lists). */
    @SuppressWarnings("unchecked")
    static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), copy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return copy;
        }
        return value;
    }

    /** The settings as the boundary takes them. */
    public Map<String, Object> values() {
        return values;
    }

    public Object get(String path) {
        Map<String, Object> parent = parent(path, false);
        return parent == null ? null : parent.get(leaf(path));
    }

    public void put(String path, Object value) {
        boolean empty = value == null || value instanceof String s && s.isBlank()
                || value instanceof List<?> l && l.isEmpty();
        Map<String, Object> parent = parent(path, !empty);
        if (parent == null) {
            return;
        }
        if (empty) {
            parent.remove(leaf(path));
        } else {
            parent.put(leaf(path), value);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parent(String path, boolean create) {
        String[] parts = path.split("\\.");
        Map<String, Object> map = values;
        for (int i = 0; i < parts.length - 1; i++) {
            Object next = map.get(parts[i]);
            if (!(next instanceof Map)) {
                if (!create) {
                    return null;
                }
                next = new LinkedHashMap<String, Object>();
                map.put(parts[i], next);
            }
            map = (Map<String, Object>) next;
        }
        return map;
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** Text settings ({@code legend}, {@code stacking}, {@code xAxis.title}…). */
    public Map<String, String> getText() {
        return new View<>() {
            @Override
            public String get(Object key) {
                Object v = VizSettingsForm.this.get((String) key);
                return v == null ? null : String.valueOf(v);
            }

            @Override
            public String put(String key, String value) {
                VizSettingsForm.this.put(key, value == null ? null : value.strip());
                return null;
            }
        };
    }

    /** On/off settings ({@code labels}, {@code donut}, {@code table.totals}…); off removes the key. */
    public Map<String, Boolean> getFlag() {
        return new View<>() {
            @Override
            public Boolean get(Object key) {
                return Boolean.TRUE.equals(VizSettingsForm.this.get((String) key));
            }

            @Override
            public Boolean put(String key, Boolean value) {
                VizSettingsForm.this.put(key, Boolean.TRUE.equals(value) ? Boolean.TRUE : null);
                return null;
            }
        };
    }

    /**
     * Number settings ({@code goal}, {@code yAxis.min}, {@code numberFormat.decimals}…). Inputs bound to a map get
     * no converter, so a number may arrive as text; whole numbers are stored as such.
     */
    public Map<String, Object> getNumber() {
        return new View<>() {
            @Override
            public Object get(Object key) {
                return VizSettingsForm.this.get((String) key) instanceof Number n ? n.doubleValue() : null;
            }

            @Override
            public Object put(String key, Object value) {
                Double number = value instanceof Number n ? Double.valueOf(n.doubleValue()) : parse(value);
                Object stored = number == null || !Double.isFinite(number) ? null
                        : number == Math.rint(number) && Math.abs(number) < 1e15 ? (Object) number.longValue()
                        : number;
                VizSettingsForm.this.put(key, stored);
                return null;
            }
        };
    }

    private static Double parse(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.toString().strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /**
     * List settings ({@code metrics}, {@code pivot.rows}…); a single text counts as a list of one. Multi-selects bound
     * to a map submit an array.
     */
    public Map<String, Object> getList() {
        return new View<>() {
            @Override
            public List<String> get(Object key) {
                return texts(VizSettingsForm.this.get((String) key));
            }

            @Override
            public Object put(String key, Object value) {
                List<String> texts = value instanceof Object[] array ? texts(List.of(array)) : texts(value);
                VizSettingsForm.this.put(key, texts.isEmpty() ? null : texts);
                return null;
            }
        };
    }

    /** The texts of a setting read as a list (a single text: a list of one). */
    public List<String> texts(String path) {
        return texts(get(path));
    }

    private static List<String> texts(Object value) {
        List<String> texts = new ArrayList<>();
        if (value instanceof String s && !s.isBlank()) {
            texts.add(s);
        } else if (value instanceof java.util.Collection<?> list) {
            list.stream().filter(String.class::isInstance).map(String.class::cast).filter(t -> !t.isBlank())
                    .forEach(texts::add);
        }
        return texts;
    }

    /** A write-through map for EL: only get and put mean anything. */
    private abstract static class View<V> extends AbstractMap<String, V> {
        @Override
        public Set<Entry<String, V>> entrySet() {
            return Set.of();
        }
    }
}
