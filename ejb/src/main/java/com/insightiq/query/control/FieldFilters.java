package com.insightiq.query.control;

import com.insightiq.connection.control.Driver;
import com.insightiq.platform.control.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Renders a field filter ({@code WHERE {{created}}}) as a whole condition on its catalog column, qualified with the name
 * the SQL gives the column's table. Values are binds; only the column and the SQL's own alias become text.
 */
final class FieldFilters {

    /** An alias a person may type unquoted; anything else from the request is quoted by the driver. */
    private static final Pattern PLAIN_ALIAS = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

    /** A condition and its binds in marker order. */
    record Condition(String sql, List<Object> binds) {
    }

    private final FieldResolver fields;
    private final Driver driver;
    private final Supplier<TableAliases> aliases;
    private TableAliases parsed;

    FieldFilters(FieldResolver fields, Driver driver, Supplier<TableAliases> aliases) {
        this.fields = fields;
        this.driver = driver;
        this.aliases = aliases;
    }

    /** The condition for a filter with a value; callers handle "no value" ({@code 1 = 1} or a dropped clause). */
    Condition condition(ParameterValue filter) {
        String name = filter.name();
        if (filter.columnId() == null) {
            throw new InvalidInputException("The field filter {{" + name + "}} needs the column it filters.");
        }
        if (fields == null || driver == null) {
            throw new IllegalStateException("field filters need a FieldResolver and a Driver");
        }
        FieldRef field = fields.field(filter.columnId()).orElseThrow(() -> new InvalidInputException(
                "The field filter {{" + name + "}} refers to a column that does not exist or is hidden (id "
                        + filter.columnId() + ")."));
        String column = qualifier(filter, field) + "." + driver.quote(field.column());
        Object value = filter.value();
        if (value instanceof Map<?, ?>) {
            return range(name, field, column, TemplateValues.range(name, value));
        }
        if (value instanceof java.util.Collection<?>) {
            return list(name, field, column, TemplateValues.list(name, value));
        }
        return single(name, field, column, value);
    }

    private String qualifier(ParameterValue filter, FieldRef field) {
        if (filter.alias() != null && !filter.alias().isBlank()) {
            String alias = filter.alias().strip();
            return aliases().declared(alias)
                    .orElseGet(() -> PLAIN_ALIAS.matcher(alias).matches() ? alias : driver.quote(alias));
        }
        TableAliases known = aliases();
        Set<String> qualifiers = known.qualifiers(field.table());
        if (qualifiers.size() == 1) {
            return qualifiers.iterator().next();
        }
        if (qualifiers.size() > 1) {
            throw new InvalidInputException("The field filter {{" + filter.name() + "}} is on table "
                    + field.table().name() + ", which this query uses more than once (" + String.join(", ", qualifiers)
                    + "): give the filter the alias to use.");
        }
        return driver.qualify(field.table());
    }

    private TableAliases aliases() {
        if (parsed == null) {
            parsed = aliases.get();
        }
        return parsed;
    }

    private Condition single(String name, FieldRef field, String column, Object value) {
        Object bound = coerced(name, field, value);
        if (field.kind() == FieldRef.Kind.TIMESTAMP && bound instanceof LocalDate day) {
            return dayOf(column, day);
        }
        return new Condition(column + " = ?", List.of(bound));
    }

    private Condition list(String name, FieldRef field, String column, List<?> values) {
        List<Object> binds = new ArrayList<>(values.size());
        for (Object value : values) {
            binds.add(coerced(name, field, value));
        }
        if (field.kind() == FieldRef.Kind.TIMESTAMP && binds.stream().anyMatch(LocalDate.class::isInstance)) {
            // a day on a timestamp column means the whole day, so each day is a half-open range
            List<String> parts = new ArrayList<>();
            List<Object> rangeBinds = new ArrayList<>();
            for (Object bound : binds) {
                Condition one = bound instanceof LocalDate day ? dayOf(column, day)
                        : new Condition(column + " = ?", List.of(bound));
                parts.add(one.sql());
                rangeBinds.addAll(one.binds());
            }
            return new Condition("(" + String.join(" OR ", parts) + ")", rangeBinds);
        }
        return new Condition(column + " IN (" + SqlTemplates.markers(binds.size()) + ")", binds);
    }

    private Condition range(String name, FieldRef field, String column, TemplateValues.Range range) {
        FieldRef.Kind kind = field.kind();
        if (kind == FieldRef.Kind.TEXT || kind == FieldRef.Kind.BOOLEAN) {
            throw new InvalidInputException("The field filter {{" + name + "}} is on a " + kind.name().toLowerCase()
                    + " column: give one value or a list, not a range.");
        }
        Object from = range.from() == null ? null : coerced(name, field, range.from());
        Object to = range.to() == null ? null : coerced(name, field, range.to());
        Object end = to;
        String endOperator = " <= ?";
        if (to instanceof LocalDate day && kind != FieldRef.Kind.NUMBER) {
            // dates are inclusive for people and half-open for the database, which also covers times in that day
            end = kind == FieldRef.Kind.TIMESTAMP ? day.plusDays(1).atStartOfDay() : day.plusDays(1);
            endOperator = " < ?";
        }
        if (from instanceof LocalDate day && kind == FieldRef.Kind.TIMESTAMP) {
            from = day.atStartOfDay();
        }
        if (from != null && to != null && after(from, to)) {
            throw new InvalidInputException("The field filter {{" + name + "}} has a range that ends before it starts.");
        }
        List<String> parts = new ArrayList<>();
        List<Object> binds = new ArrayList<>();
        if (from != null) {
            parts.add(column + " >= ?");
            binds.add(from);
        }
        if (end != null) {
            parts.add(column + endOperator);
            binds.add(end);
        }
        return new Condition(String.join(" AND ", parts), binds);
    }

    private Condition dayOf(String column, LocalDate day) {
        return new Condition("(" + column + " >= ? AND " + column + " < ?)",
                List.of(day.atStartOfDay(), day.plusDays(1).atStartOfDay()));
    }

    private static Object coerced(String name, FieldRef field, Object value) {
        return switch (field.kind()) {
            case TEXT -> TemplateValues.text(name, value);
            case NUMBER -> TemplateValues.number(name, value);
            case DATE -> TemplateValues.date(name, value);
            case TIMESTAMP -> TemplateValues.dateOrTimestamp(name, value);
            case BOOLEAN -> TemplateValues.bool(name, value);
        };
    }

    /** Whether {@code from} lies after {@code to}; a day counts as its midnight. */
    private static boolean after(Object from, Object to) {
        if (from instanceof Number a && to instanceof Number b) {
            return new java.math.BigDecimal(a.toString()).compareTo(new java.math.BigDecimal(b.toString())) > 0;
        }
        LocalDateTime a = from instanceof LocalDate d ? d.atStartOfDay() : (LocalDateTime) from;
        LocalDateTime b = to instanceof LocalDate d ? d.atStartOfDay() : (LocalDateTime) to;
        return a.isAfter(b);
    }
}
