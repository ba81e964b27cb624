package com.insightiq.viz.control;

import com.insightiq.query.control.ResultColumn;
import com.insightiq.viz.boundary.RenderedViz;
import com.insightiq.viz.boundary.Visualization;
import com.insightiq.viz.boundary.VizData;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Results and renders for the viz tests: columns as "name:type", rows as values. */
final class VizSamples {
    private VizSamples() {
    }

    static VizData data(List<String> columns, Object[]... rows) {
        List<ResultColumn> cols = columns.stream().map(c -> {
            String[] parts = c.split(":");
            return new ResultColumn(parts[0], parts[1], parts.length > 2 ? parts[2] : null);
        }).toList();
        List<List<Object>> list = new ArrayList<>();
        for (Object[] row : rows) {
            list.add(Arrays.asList(row));
        }
        return new VizData(cols, list, false, list.size());
    }

    static VizData data(List<String> columns, List<List<Object>> rows) {
        return data(columns, rows.stream().map(List::toArray).toArray(Object[][]::new));
    }

    static RenderedViz render(VizData data, String type, Map<String, Object> settings) {
        return render(data, type, settings, Locale.ENGLISH, ZoneOffset.UTC, 2000);
    }

    static RenderedViz render(VizData data, String type, Map<String, Object> settings, Locale locale, ZoneId zone,
            int maxPoints) {
        return Renderer.render(data, new Visualization(type, settings), locale, zone, maxPoints, List.of());
    }

    static JsonObject json(String config) {
        return Json.createReader(new StringReader(config)).readObject();
    }

    static JsonArray datasets(RenderedViz viz) {
        return json(viz.chartConfig()).getJsonObject("data").getJsonArray("datasets");
    }

    static List<String> labels(RenderedViz viz) {
        return json(viz.chartConfig()).getJsonObject("data").getJsonArray("labels").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    static List<Double> values(JsonObject dataset) {
        return dataset.getJsonArray("data").stream()
                .map(v -> v.getValueType() == jakarta.json.JsonValue.ValueType.NULL ? null
                        : ((jakarta.json.JsonNumber) v).doubleValue()).toList();
    }
}
