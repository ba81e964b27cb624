package com.insightiq.viz.control;

import com.insightiq.viz.boundary.Visualization;
import com.insightiq.viz.boundary.VizData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The visualization a result's shape suggests, as Metabase chooses: one number → number; time + measures → line;
 * category + measures → bar (never pie automatically); two categories + a measure → bar with series, or a pivot when
 * the categories have many values; two measures alone → scatter; anything else → table. The chosen columns are written
 * into the settings, so a person sees (and can change) what was picked.
 */
public final class ShapeChoice {
    /** Above this many distinct pairs, two categories read better as a pivot than as a bar per pair. */
    static final int MAX_SERIES_CELLS = 120;
    static final int MAX_SERIES = 12;

    private ShapeChoice() {
    }

    public static Visualization suggest(VizData data) {
        if (data == null || data.columns() == null || data.columns().isEmpty() || data.rows() == null) {
            return new Visualization("table", Map.of());
        }
        Drawing d = Drawing.of(data, new VizSettings(Map.of()), new ValueFormats(null, null, null), 2000);
        List<Integer> measures = new ArrayList<>();
        List<Integer> times = new ArrayList<>();
        List<Integer> categories = new ArrayList<>();
        for (int i = 0; i < d.columns().size(); i++) {
            switch (d.kind(i)) {
                case NUMBER -> {
                    if (d.measure(i)) {
                        measures.add(i);
                    } else {
                        categories.add(i);
                    }
                }
                case TIME -> times.add(i);
                case TEXT, BOOLEAN -> categories.add(i);
                default -> {
                    return new Visualization("table", Map.of());
                }
            }
        }
        int columns = d.columns().size();
        if (d.rows().size() == 1 && measures.size() == columns) {
            return new Visualization("number", settings("metrics", List.of(d.names().get(measures.get(0)))));
        }
        if (d.rows().size() < 2 || measures.isEmpty()) {
            return new Visualization("table", Map.of());
        }
        if (times.size() == 1 && categories.size() <= 1 && times.size() + categories.size() + measures.size() == columns) {
            return chart("line", d, times.get(0), measures, categories.isEmpty() ? -1 : categories.get(0));
        }
        if (times.isEmpty() && categories.size() == 1 && measures.size() + 1 == columns) {
            return chart("bar", d, categories.get(0), measures, -1);
        }
        if (times.isEmpty() && categories.size() == 2 && measures.size() == 1 && columns == 3) {
            int x = categories.get(0);
            int series = categories.get(1);
            int xs = distinct(d, x);
            int ss = distinct(d, series);
            if (ss > MAX_SERIES || (long) xs * ss > MAX_SERIES_CELLS) {
                Map<String, Object> pivot = new LinkedHashMap<>();
                pivot.put("rows", List.of(d.names().get(x)));
                pivot.put("columns", List.of(d.names().get(series)));
                pivot.put("values", List.of(Map.of("column", d.names().get(measures.get(0)), "aggregation", "sum")));
                return new Visualization("pivot", settings("pivot", pivot));
            }
            return chart("bar", d, x, measures, series);
        }
        if (times.isEmpty() && categories.isEmpty() && measures.size() == 2 && columns == 2) {
            return chart("scatter", d, measures.get(0), List.of(measures.get(1)), -1);
        }
        return new Visualization("table", Map.of());
    }

    private static Visualization chart(String type, Drawing d, int x, List<Integer> metrics, int series) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("dimension", d.names().get(x));
        settings.put("metrics", metrics.stream().map(d.names()::get).toList());
        if (series >= 0) {
            settings.put("series", d.names().get(series));
        }
        return new Visualization(type, settings);
    }

    private static Map<String, Object> settings(String key, Object value) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(key, value);
        return settings;
    }

    private static int distinct(Drawing d, int column) {
        Set<Object> seen = new HashSet<>();
        for (List<Object> row : d.rows()) {
            seen.add(d.cell(row, column));
        }
        return seen.size();
    }
}
