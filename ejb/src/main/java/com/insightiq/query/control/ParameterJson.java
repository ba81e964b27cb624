package com.insightiq.query.control;

import com.insightiq.query.boundary.ParameterForm;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Template values of a request kept as JSON text until a background job binds them, and read back as the same
 * decoded JSON an API request gives ({@code String}, {@code BigDecimal}, {@code Boolean}, {@code List}, {@code Map}).
 */
public final class ParameterJson {
    private ParameterJson() {
    }

    public static String write(List<ParameterForm> forms) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (ParameterForm form : forms) {
            JsonObjectBuilder object = Json.createObjectBuilder().add("name", text(form.name()))
                    .add("type", text(form.type())).add("value", json(form.value()));
            if (form.columnId() != null) {
                object.add("columnId", form.columnId());
            }
            if (form.alias() != null) {
                object.add("alias", form.alias());
            }
            array.add(object);
        }
        return array.build().toString();
    }

    public static List<ParameterForm> read(String text) {
        JsonArray array = Json.createReader(new StringReader(text)).readArray();
        List<ParameterForm> forms = new ArrayList<>();
        for (JsonObject object : array.getValuesAs(JsonObject.class)) {
            forms.add(new ParameterForm(string(object.get("name")), string(object.get("type")),
                    value(object.get("value")),
                    object.containsKey("columnId") ? object.getJsonNumber("columnId").longValue() : null,
                    string(object.get("alias"))));
        }
        return forms;
    }

    /** Any JSON text as decoded JSON ({@code String}, {@code BigDecimal}, {@code Boolean}, {@code List}, {@code Map}). */
    public static Object decode(String text) {
        return value(Json.createReader(new StringReader(text)).readValue());
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : Json.createValue(value);
    }

    private static JsonValue json(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof BigDecimal d) {
            return Json.createValue(d);
        }
        if (value instanceof Number n) {
            return Json.createValue(new BigDecimal(n.toString()));
        }
        if (value instanceof List<?> list) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            list.forEach(element -> array.add(json(element)));
            return array.build();
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            map.forEach((k, v) -> object.add(String.valueOf(k), json(v)));
            return object.build();
        }
        return Json.createValue(value.toString());
    }

    private static Object value(JsonValue value) {
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case NULL -> null;
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case STRING -> ((JsonString) value).getString();
            case ARRAY -> value.asJsonArray().stream().map(ParameterJson::value).toList();
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((k, v) -> map.put(k, value(v)));
                yield map;
            }
        };
    }

    private static String string(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : null;
    }
}
