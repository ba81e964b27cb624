package com.insightiq.viz.view;

import com.insightiq.query.control.ParameterJson;
import com.insightiq.viz.boundary.DrillRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A click on a chart as charts.js sends it ({@code action}, {@code column}, and {@code point}: JSON with the
 * dimension column and its raw value, the breakout column and its raw value, and the label's date grain) turned into
 * a {@link DrillRequest}. Anything malformed is no request; the viz boundary checks columns and values.
 */
public final class DrillClick {
    static final int MAX_POINT_CHARS = 10_000;
    private static final Set<String> ACTIONS = Set.of("rows", "breakout", "zoom");

    private DrillClick() {
    }

    public static Optional<DrillRequest> of(String action, String column, String point) {
        if (action == null || !ACTIONS.contains(action) || point == null || point.length() > MAX_POINT_CHARS) {
            return Optional.empty();
        }
        Object decoded;
        try {
            decoded = ParameterJson.decode(point);
        } catch (RuntimeException notJson) {
            return Optional.empty();
        }
        if (!(decoded instanceof Map<?, ?> clicked)) {
            return Optional.empty();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        if (clicked.get("dimension") instanceof String dimension && !dimension.isBlank()) {
            values.put(dimension, clicked.get("x"));
        }
        if (clicked.get("series") instanceof String series && !series.isBlank()) {
            values.put(series, clicked.get("seriesValue"));
        }
        String grain = clicked.get("dateGrain") instanceof String g && !g.isBlank() ? g : null;
        String breakout = "breakout".equals(action) && column != null && !column.isBlank() ? column : null;
        return Optional.of(new DrillRequest(action, values, breakout, grain));
    }
}
