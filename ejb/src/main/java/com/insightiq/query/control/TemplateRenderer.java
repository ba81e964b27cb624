package com.insightiq.query.control;

import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.query.control.TemplateParser.Part;
import com.insightiq.query.control.TemplateParser.Text;
import com.insightiq.query.control.TemplateParser.Variable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes parsed template parts as SQL with one {@code ?} per value. Optional clauses are rendered aside and dropped
 * whole when one of their variables has no value.
 */
final class TemplateRenderer {

    private final Map<String, ParameterValue> values;
    private final FieldFilters fieldFilters;

    TemplateRenderer(Map<String, ParameterValue> values, FieldFilters fieldFilters) {
        this.values = values;
        this.fieldFilters = fieldFilters;
    }

    CompiledSql render(List<Part> parts) {
        StringBuilder sql = new StringBuilder();
        List<Object> binds = new ArrayList<>();
        for (Part part : parts) {
            if (part instanceof Text text) {
                sql.append(text.sql());
            } else if (part instanceof Variable variable) {
                FieldFilters.Condition rendered = rendered(variable.name());
                if (rendered == null) {
                    rendered = withoutValue(variable.name());
                }
                sql.append(rendered.sql());
                binds.addAll(rendered.binds());
            } else if (part instanceof TemplateParser.Optional clause) {
                clause(clause, sql, binds);
            }
        }
        return new CompiledSql(sql.toString(), binds);
    }

    /** SQL the parser can read to find table aliases: every variable stands in as a bind of its shape. */
    static String skeleton(List<Part> parts, Map<String, ParameterValue> values) {
        StringBuilder sql = new StringBuilder();
        for (Part part : parts) {
            List<Part> inner = part instanceof TemplateParser.Optional clause ? clause.parts() : List.of(part);
            for (Part p : inner) {
                if (p instanceof Text text) {
                    sql.append(text.sql());
                } else if (p instanceof Variable variable) {
                    ParameterValue value = values.get(variable.name());
                    ParameterType type = value == null ? null : value.type();
                    sql.append(type == ParameterType.FIELD ? "1 = 1"
                            : type == ParameterType.DATE_RANGE ? "? AND ?" : "?");
                }
            }
        }
        return sql.toString();
    }

    private void clause(TemplateParser.Optional clause, StringBuilder sql, List<Object> binds) {
        StringBuilder inner = new StringBuilder();
        List<Object> innerBinds = new ArrayList<>();
        for (Part part : clause.parts()) {
            if (part instanceof Text text) {
                inner.append(text.sql());
            } else if (part instanceof Variable variable) {
                FieldFilters.Condition rendered = rendered(variable.name());
                if (rendered == null) {
                    return;
                }
                inner.append(rendered.sql());
                innerBinds.addAll(rendered.binds());
            }
        }
        // the brackets themselves are template syntax, only what they enclose is SQL
        sql.append(inner);
        binds.addAll(innerBinds);
    }

    /** The SQL and binds of a variable with a value, or null when it has none. */
    private FieldFilters.Condition rendered(String name) {
        ParameterValue given = values.get(name);
        if (given == null || TemplateValues.absent(given.value())) {
            return null;
        }
        if (given.type() == null) {
            throw new InvalidInputException("The variable {{" + name + "}} needs a type.");
        }
        Object value = given.value();
        return switch (given.type()) {
            case TEXT -> bind(TemplateValues.text(name, value));
            case NUMBER -> bind(TemplateValues.number(name, value));
            case DATE -> bind(TemplateValues.date(name, value));
            case DATE_RANGE -> dateRange(name, value);
            case TEXT_LIST -> list(name, value, false);
            case NUMBER_LIST -> list(name, value, true);
            case FIELD -> fieldFilters.condition(given);
        };
    }

    private FieldFilters.Condition withoutValue(String name) {
        ParameterValue given = values.get(name);
        if (given != null && given.type() == ParameterType.FIELD) {
            // Metabase's rule: a field filter left empty filters nothing
            return new FieldFilters.Condition("1 = 1", List.of());
        }
        throw new InvalidInputException("The variable {{" + name + "}} needs a value.");
    }

    private static FieldFilters.Condition bind(Object value) {
        return new FieldFilters.Condition("?", List.of(value));
    }

    private static FieldFilters.Condition dateRange(String name, Object value) {
        TemplateValues.Range range = TemplateValues.range(name, value);
        if (range.from() == null || range.to() == null) {
            throw new InvalidInputException("The variable {{" + name + "}} needs both a start and an end date.");
        }
        LocalDate from = TemplateValues.date(name, range.from());
        LocalDate to = TemplateValues.date(name, range.to());
        if (from.isAfter(to)) {
            throw new InvalidInputException("The variable {{" + name + "}} has a range that ends before it starts.");
        }
        return new FieldFilters.Condition("? AND ?", List.of(from, to));
    }

    private static FieldFilters.Condition list(String name, Object value, boolean numbers) {
        List<?> items = TemplateValues.list(name, value);
        List<Object> binds = new ArrayList<>(items.size());
        for (Object item : items) {
            binds.add(numbers ? TemplateValues.number(name, item) : TemplateValues.text(name, item));
        }
        return new FieldFilters.Condition(SqlTemplates.markers(binds.size()), binds);
    }
}
