package com.insightiq.query.control;

import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.query.boundary.ParameterForm;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Step 3: template values as typed {@link ParameterValue}s, with the shape their type needs (lists for list types,
 * {from,to} for ranges, a catalog column for field filters). Values are checked, never turned into SQL text.
 */
@ApplicationScoped
public class ReadParameters implements QueryStep {
    private static final Pattern ALIAS = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_$]{0,127}");

    @Override
    public Phase phase() {
        return Phase.PLAN;
    }

    @Override
    public QuerySpec apply(QuerySpec spec) {
        List<ParameterValue> values = new ArrayList<>(spec.forms().size());
        for (ParameterForm form : spec.forms()) {
            ParameterType type = ParameterType.of(form.type()).orElseThrow(() ->
                    new InvalidInputException("Parameter '" + form.name() + "' has an unknown type."));
            values.add(new ParameterValue(form.name(), type, value(form, type), columnId(form, type),
                    alias(form)));
        }
        return spec.withParameters(values);
    }

    private static Object value(ParameterForm form, ParameterType type) {
        Object value = form.value();
        if (value == null) {
            return null;
        }
        return switch (type) {
            case TEXT, NUMBER, DATE -> scalar(form, value);
            case TEXT_LIST, NUMBER_LIST -> list(form, value);
            case DATE_RANGE -> range(form, value);
            case FIELD -> value instanceof Map<?, ?> ? range(form, value)
                    : value instanceof List<?> ? list(form, value) : scalar(form, value);
        };
    }

    private static Object scalar(ParameterForm form, Object value) {
        if (value instanceof String || value instanceof BigDecimal || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        throw new InvalidInputException("Parameter '" + form.name() + "' needs a single value, not "
                + (value instanceof List<?> ? "a list." : "an object."));
    }

    private static Object list(ParameterForm form, Object value) {
        List<?> items = value instanceof List<?> given ? given : List.of(value);
        List<Object> checked = new ArrayList<>(items.size());
        for (Object item : items) {
            if (item == null) {
                throw new InvalidInputException("Parameter '" + form.name() + "' has an empty item in its list.");
            }
            checked.add(scalar(form, item));
        }
        return checked.isEmpty() ? null : List.copyOf(checked);
    }

    private static Object range(ParameterForm form, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidInputException("Parameter '" + form.name() + "' needs {\"from\": …, \"to\": …}.");
        }
        for (Object key : map.keySet()) {
            if (!"from".equals(key) && !"to".equals(key)) {
                throw new InvalidInputException("Parameter '" + form.name() + "' has '" + key
                        + "'; a range has only from and to.");
            }
        }
        Object from = map.get("from") == null ? null : scalar(form, map.get("from"));
        Object to = map.get("to") == null ? null : scalar(form, map.get("to"));
        if (from == null && to == null) {
            return null;
        }
        java.util.Map<String, Object> range = new java.util.LinkedHashMap<>();
        range.put("from", from);
        range.put("to", to);
        return java.util.Collections.unmodifiableMap(range);
    }

    private static Long columnId(ParameterForm form, ParameterType type) {
        if (type == ParameterType.FIELD && form.columnId() == null) {
            throw new InvalidInputException("Field filter '" + form.name() + "' needs the catalog columnId it "
                    + "filters.");
        }
        return form.columnId();
    }

    private static String alias(ParameterForm form) {
        if (form.alias() == null || form.alias().isBlank()) {
            return null;
        }
        if (!ALIAS.matcher(form.alias()).matches()) {
            throw new InvalidInputException("The alias of parameter '" + form.name()
                    + "' must be a table alias as the SQL writes it (letters, digits, _).");
        }
        return form.alias();
    }
}
