package com.insightiq.viz.view;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Settings kept per name and edited through EL maps ({@code #{vizPanel.color[series]}}): colours per series
 * ({@code colors.<series>}) and table columns' titles and hidden flags ({@code table.columns[]} by {@code name}).
 * Names may hold dots, so these are not dotted paths of {@link VizSettingsForm}.
 */
final class SettingsEntries<V> extends AbstractMap<String, V> {
    private static final String HEX = "#?[0-9a-fA-F]{6}";

    private final VizSettingsForm settings;
    private final Place place;
    private final Function<Object, V> read;
    private final Function<V, Object> write;

    private SettingsEntries(VizSettingsForm settings, Place place, Function<Object, V> read,
                            Function<V, Object> write) {
        this.settings = settings;
        this.place = place;
        this.read = read;
        this.write = write;
    }

    /** Colours per series as {@code #rrggbb}. */
    static Map<String, String> colors(VizSettingsForm settings) {
        return new SettingsEntries<>(settings, new Named("colors"),
                v -> v instanceof String s && s.matches(HEX) ? "#" + s.replace("#", "") : null,
                v -> v == null || !v.matches(HEX) ? null : "#" + v.replace("#", ""));
    }

    static Map<String, String> columnTitles(VizSettingsForm settings) {
        return new SettingsEntries<>(settings, new TableColumn("title"), v -> v instanceof String s ? s : null,
                v -> v == null || v.isBlank() ? null : v.strip());
    }

    static Map<String, Boolean> columnHidden(VizSettingsForm settings) {
        return new SettingsEntries<>(settings, new TableColumn("hidden"), Boolean.TRUE::equals,
                v -> Boolean.TRUE.equals(v) ? Boolean.TRUE : null);
    }

    @Override
    public V get(Object name) {
        return read.apply(place.read(settings, (String) name));
    }

    @Override
    public V put(String name, V value) {
        place.write(settings, name, write.apply(value));
        return null;
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return Set.of();
    }

    /** Where a name's value lives in the settings; a null value removes it. */
    private interface Place {
        Object read(VizSettingsForm settings, String name);

        void write(VizSettingsForm settings, String name, Object stored);
    }

    /** {@code <key>.<name>} in a map of its own. */
    private record Named(String key) implements Place {
        @Override
        public Object read(VizSettingsForm settings, String name) {
            return settings.get(key) instanceof Map<?, ?> m ? m.get(name) : null;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void write(VizSettingsForm settings, String name, Object stored) {
            Map<String, Object> map = settings.get(key) instanceof Map<?, ?> m
                    ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
            if (stored == null) {
                map.remove(name);
            } else {
                map.put(name, stored);
            }
            settings.put(key, map.isEmpty() ? null : map);
        }
    }

    /** One property of the {@code table.columns[]} entry whose {@code name} is the column's. */
    private record TableColumn(String property) implements Place {
        @SuppressWarnings("unchecked")
        private static List<Map<String, Object>> entries(VizSettingsForm settings) {
            return settings.get("table.columns") instanceof List<?> list
                    ? new ArrayList<>((List<Map<String, Object>>) list) : new ArrayList<>();
        }

        @Override
        public Object read(VizSettingsForm settings, String name) {
            return entries(settings).stream().filter(e -> name.equals(e.get("name"))).findFirst()
                    .map(e -> e.get(property)).orElse(null);
        }

        @Override
        public void write(VizSettingsForm settings, String name, Object stored) {
            List<Map<String, Object>> entries = entries(settings);
            Map<String, Object> entry = entries.stream().filter(e -> name.equals(e.get("name"))).findFirst()
                    .<Map<String, Object>>map(LinkedHashMap::new)
                    .orElseGet(() -> new LinkedHashMap<>(Map.of("name", name)));
            entries.removeIf(e -> name.equals(e.get("name")));
            if (stored == null) {
                entry.remove(property);
            } else {
                entry.put(property, stored);
            }
            if (entry.size() > 1) {
                entries.add(entry);
            }
            settings.put("table.columns", entries.isEmpty() ? null : new ArrayList<Object>(entries));
        }
    }
}
