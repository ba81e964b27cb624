package com.insightiq.question.control;

import com.insightiq.query.control.JsonText;
import com.insightiq.query.control.ParameterJson;
import com.insightiq.question.boundary.QuestionForm;
import com.insightiq.question.boundary.QuestionInfo;
import com.insightiq.question.boundary.QuestionParameter;
import com.insightiq.viz.boundary.Visualization;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON text a question keeps (parameters, visualization settings) and a revision's snapshot (the question as the
 * API shows it), written with {@link JsonText} and read back as decoded JSON.
 */
public final class QuestionJson {
    private QuestionJson() {
    }

    public static String parameters(List<QuestionParameter> parameters) {
        return JsonText.of(parameters.stream().map(QuestionJson::map).toList());
    }

    public static List<QuestionParameter> parameters(String json) {
        Object decoded = json == null || json.isBlank() ? List.of() : ParameterJson.decode(json);
        return parameterList(decoded);
    }

    public static String settings(Map<String, Object> settings) {
        return JsonText.of(settings == null ? Map.of() : settings);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> settings(String json) {
        Object decoded = json == null || json.isBlank() ? Map.of() : ParameterJson.decode(json);
        return decoded instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** The question as the API returns it: what a revision keeps. */
    public static String snapshot(QuestionInfo q) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", q.id());
        json.put("name", q.name());
        json.put("description", q.description());
        json.put("dataSourceId", q.dataSourceId());
        json.put("sql", q.sql());
        json.put("parameters", q.parameters().stream().map(QuestionJson::map).toList());
        json.put("visualization", Map.of("type", q.visualization().type(), "settings", q.visualization().settings()));
        json.put("collectionId", q.collectionId());
        json.put("cacheTtlSeconds", q.cacheTtlSeconds());
        json.put("ownerId", q.ownerId());
        json.put("ownerName", q.ownerName());
        json.put("pinned", q.pinned());
        json.put("archived", q.archived());
        json.put("createdAt", q.createdAt().toString());
        json.put("updatedAt", q.updatedAt().toString());
        json.put("version", q.version());
        return JsonText.of(json);
    }

    /** The content a snapshot recorded, as a form to apply again (without a version: restoring is not an edit race). */
    @SuppressWarnings("unchecked")
    public static QuestionForm contentOf(String snapshot) {
        Map<String, Object> json = (Map<String, Object>) ParameterJson.decode(snapshot);
        Map<String, Object> viz = (Map<String, Object>) json.getOrDefault("visualization", Map.of());
        Object settings = viz.get("settings");
        return new QuestionForm((String) json.get("name"), (String) json.get("description"),
                longOf(json.get("dataSourceId")), (String) json.get("sql"), parameterList(json.get("parameters")),
                new Visualization((String) viz.get("type"),
                        settings instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of()),
                longOf(json.get("collectionId")), intOf(json.get("cacheTtlSeconds")), null);
    }

    private static Map<String, Object> map(QuestionParameter p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", p.name());
        json.put("type", p.type());
        json.put("label", p.label());
        json.put("default", p.defaultValue());
        json.put("required", p.required());
        json.put("columnId", p.columnId());
        return json;
    }

    private static List<QuestionParameter> parameterList(Object decoded) {
        List<QuestionParameter> parameters = new ArrayList<>();
        if (decoded instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> p) {
                    parameters.add(new QuestionParameter((String) p.get("name"), (String) p.get("type"),
                            (String) p.get("label"), p.get("default"), (Boolean) p.get("required"),
                            longOf(p.get("columnId"))));
                }
            }
        }
        return List.copyOf(parameters);
    }

    private static Long longOf(Object value) {
        return value instanceof BigDecimal d ? d.longValueExact() : null;
    }

    private static Integer intOf(Object value) {
        return value instanceof BigDecimal d ? d.intValueExact() : null;
    }
}
