package com.insightiq.viz.control;

import com.insightiq.connection.control.Driver;
import com.insightiq.connection.entity.Engine;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.query.boundary.ParameterForm;
import com.insightiq.query.control.Classified;
import com.insightiq.query.control.ResultColumn;
import com.insightiq.query.control.SqlStatements;
import com.insightiq.query.control.SqlTemplates;
import com.insightiq.query.control.TemplateTag;
import com.insightiq.viz.boundary.DrillRequest;
import com.insightiq.viz.boundary.DrilledQuery;
import com.insightiq.viz.boundary.Visualization;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A click on a chart as a new query: the original SQL (a template, kept as written, with its own variables) wrapped
 * as a subquery {@code drill_q} and filtered by the clicked values. Column names are quoted by the engine's driver;
 * values are template variables ({@code {{drill_1}}}) that the engine binds, never SQL text. Time values filter a
 * half-open range covering the clicked label's grain (a click on "Jan 2024" means the month), bound as dates — so a
 * sub-day grain filters the whole day it falls on, and the database compares a timestamp with time zone to those
 * dates in its session's zone (the template engine binds no timestamps).
 */
public final class DrillThrough {
    static final Set<String> ACTIONS = Set.of("rows", "breakout", "zoom");
    static final int MAX_VALUES = 20;

    private final UnaryOperator<String> quote;
    private final boolean bitBooleans;

    /** Identifiers are quoted as {@code driver} does; booleans are compared as that engine spells them. */
    public DrillThrough(Driver driver) {
        this.quote = driver::quote;
        this.bitBooleans = driver.engine() == Engine.SQLSERVER;
    }

    public DrilledQuery drill(String sql, DrillRequest request, List<ResultColumn> columns) {
        if (request == null || request.action() == null || !ACTIONS.contains(request.action())) {
            throw new InvalidInputException("The drill action must be one of rows, breakout or zoom.");
        }
        Classified classified = SqlStatements.classify(sql);
        if (!Set.of("SELECT", "VALUES", "TABLE").contains(classified.kind())) {
            throw new InvalidInputException("Only a SELECT query can be drilled into; this one is a "
                    + classified.kind() + ".");
        }
        Map<String, Object> values = request.values() == null ? Map.of() : request.values();
        if (values.size() > MAX_VALUES) {
            throw new InvalidInputException("A drill may name at most " + MAX_VALUES + " clicked values.");
        }
        Map<String, ResultColumn> byName = new LinkedHashMap<>();
        columns.forEach(c -> byName.putIfAbsent(c.name(), c));
        Names names = new Names(SqlTemplates.tags(sql).stream().map(TemplateTag::name).collect(Collectors.toSet()));
        List<String> conditions = new ArrayList<>();
        List<ParameterForm> parameters = new ArrayList<>();
        DateGrain grain = request.grain() == null ? null : DateGrain.of(request.grain()).orElseThrow(() ->
                new InvalidInputException("The drill grain must be one of minute, hour, day, week, month, quarter or"
                        + " year."));
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            ResultColumn column = column(byName, entry.getKey());
            conditions.add(condition(column, entry.getValue(), grain, names, parameters));
        }
        String where = conditions.isEmpty() ? "" : "\nWHERE " + String.join("\n  AND ", conditions);
        String from = "FROM (\n" + withoutTrailingSemicolons(sql) + "\n) drill_q";
        return switch (request.action()) {
            case "rows" -> new DrilledQuery("SELECT * " + from + where, parameters,
                    new Visualization("table", Map.of()));
            case "breakout" -> breakout(request, byName, from + where, parameters);
            default -> zoom(request, byName, values, grain, from, where, names, parameters);
        };
    }

    private DrilledQuery breakout(DrillRequest request, Map<String, ResultColumn> byName, String fromWhere,
            List<ParameterForm> parameters) {
        if (request.column() == null) {
            throw new InvalidInputException("Name the column to break out by.");
        }
        ResultColumn by = column(byName, request.column());
        String col = "drill_q." + quote.apply(by.name());
        String sql = "SELECT " + col + ", count(*) AS " + quote.apply("count") + "\n" + fromWhere
                + "\nGROUP BY " + col + "\nORDER BY 2 DESC";
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("dimension", by.name());
        settings.put("metrics", List.of("count"));
        return new DrilledQuery(sql, parameters, new Visualization("bar", settings));
    }

    /** Zoom: the clicked time label's range, shown at the next finer grain; or an explicit {from, to} range. */
    private DrilledQuery zoom(DrillRequest request, Map<String, ResultColumn> byName, Map<String, Object> values,
            DateGrain grain, String from, String where, Names names, List<ParameterForm> parameters) {
        String name = request.column() != null ? request.column() : values.keySet().stream()
                .filter(n -> byName.containsKey(n) && kind(byName.get(n)) == ColumnKind.TIME).findFirst()
                .orElseThrow(() -> new InvalidInputException("Zoom needs a time column or a {from, to} range."));
        ResultColumn column = column(byName, name);
        if (!values.containsKey(name)) {
            throw new InvalidInputException("Zoom needs the clicked value of \"" + ChartColumns.shortName(name)
                    + "\".");
        }
        Object clicked = values.get(name);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("dimension", column.name());
        if (kind(column) == ColumnKind.TIME) {
            DateGrain at = grain == null ? DateGrain.DAY : grain;
            settings.put("dateGrain", at.finer().code());
        } else if (!(clicked instanceof Map<?, ?>)) {
            throw new InvalidInputException("Zoom on \"" + ChartColumns.shortName(name)
                    + "\" needs a {from, to} range.");
        }
        return new DrilledQuery("SELECT * " + from + where, parameters, new Visualization("line", settings));
    }

    private ResultColumn column(Map<String, ResultColumn> byName, String name) {
        ResultColumn column = name == null ? null : byName.get(name);
        if (column == null) {
            throw new InvalidInputException("The column \"" + ChartColumns.shortName(String.valueOf(name))
                    + "\" is not in the question's result.");
        }
        return column;
    }

    private static ColumnKind kind(ResultColumn column) {
        return ColumnKind.of(column, List.of(), 0);
    }

    /** One column's filter: equality, IS NULL, a boolean test, or a range; every value a bound variable. */
    private String condition(ResultColumn column, Object value, DateGrain grain, Names names,
            List<ParameterForm> parameters) {
        String col = "drill_q." + quote.apply(column.name());
        ColumnKind kind = kind(column);
        if (value == null) {
            return col + " IS NULL";
        }
        if (value instanceof Map<?, ?> range) {
            return range(col, kind, range, names, parameters);
        }
        switch (kind) {
            case TIME -> {
                LocalDate[] span = span(column.name(), value, grain);
                return between(col, "date", span[0].toString(), span[1].toString(), names, parameters);
            }
            case BOOLEAN -> {
                // a fixed literal chosen by the value, never the value's text; SQL Server has bits, not TRUE
                boolean truth = truth(column.name(), value);
                return col + (bitBooleans ? (truth ? " = 1" : " = 0") : truth ? " = TRUE" : " = FALSE");
            }
            case NUMBER -> {
                String variable = names.next();
                parameters.add(new ParameterForm(variable, "number", number(column.name(), value), null, null));
                return col + " = {{" + variable + "}}";
            }
            default -> {
                if (value instanceof List<?> || value instanceof Map<?, ?>) {
                    throw new InvalidInputException("The clicked value of \"" + ChartColumns.shortName(column.name())
                            + "\" must be a single value.");
                }
                String variable = names.next();
                parameters.add(new ParameterForm(variable, "text", ValueFormats.text(value), null, null));
                return col + " = {{" + variable + "}}";
            }
        }
    }

    private String range(String col, ColumnKind kind, Map<?, ?> range, Names names, List<ParameterForm> parameters) {
        Object from = range.get("from");
        Object to = range.get("to");
        if (kind == ColumnKind.TIME) {
            return between(col, "date", from == null ? null : date("from", from).toString(),
                    to == null ? null : date("to", to).toString(), names, parameters);
        }
        return between(col, "number", from == null ? null : number("from", from),
                to == null ? null : number("to", to), names, parameters);
    }

    private String between(String col, String type, Object from, Object to, Names names,
            List<ParameterForm> parameters) {
        List<String> parts = new ArrayList<>();
        if (from != null) {
            String variable = names.next();
            parameters.add(new ParameterForm(variable, type, from, null, null));
            parts.add(col + " >= {{" + variable + "}}");
        }
        if (to != null) {
            String variable = names.next();
            parameters.add(new ParameterForm(variable, type, to, null, null));
            parts.add(col + " < {{" + variable + "}}");
        }
        if (parts.isEmpty()) {
            throw new InvalidInputException("A drill range needs from, to or both.");
        }
        return String.join(" AND ", parts);
    }

    /** The days [from, to) a clicked time value stands for at its grain. */
    static LocalDate[] span(String column, Object value, DateGrain grain) {
        LocalDate day = date(column, value);
        DateGrain at = grain == null ? DateGrain.DAY : grain;
        LocalDate from = switch (at) {
            case YEAR -> day.withDayOfYear(1);
            case QUARTER -> day.withMonth((day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1).withDayOfMonth(1);
            case MONTH -> day.withDayOfMonth(1);
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            default -> day;
        };
        LocalDate to = switch (at) {
            case YEAR -> from.plusYears(1);
            case QUARTER -> from.plusMonths(3);
            case MONTH -> from.plusMonths(1);
            case WEEK -> from.plusWeeks(1);
            default -> from.plusDays(1);
        };
        return new LocalDate[] {from, to};
    }

    private static LocalDate date(String column, Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof String text && text.length() <= 40) {
            String t = text.strip();
            try {
                if (t.length() <= 10) {
                    return LocalDate.parse(t);
                }
                if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) {
                    return OffsetDateTime.parse(t).toLocalDate();
                }
                return LocalDateTime.parse(t.replace(' ', 'T')).toLocalDate();
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw new InvalidInputException("The clicked value of \"" + ChartColumns.shortName(column)
                + "\" must be a date like 2024-01-31 or a time like 2024-01-31T13:45:00Z.");
    }

    private static Object number(String column, Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
            return BigDecimal.valueOf(n.doubleValue());
        }
        if (value instanceof String s && s.length() <= 100) {
            try {
                return new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new InvalidInputException("The clicked value of \"" + ChartColumns.shortName(column)
                + "\" must be a number.");
    }

    private static boolean truth(String column, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if ("true".equalsIgnoreCase(String.valueOf(value)) || "false".equalsIgnoreCase(String.valueOf(value))) {
            return Boolean.parseBoolean(String.valueOf(value));
        }
        throw new InvalidInputException("The clicked value of \"" + ChartColumns.shortName(column)
                + "\" must be true or false.");
    }

    static String withoutTrailingSemicolons(String sql) {
        String text = sql.stripTrailing();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return text;
    }

    /** drill_1, drill_2, … skipping names the original template already uses. */
    private static final class Names {
        private final Set<String> taken;
        private int next = 1;

        Names(Set<String> taken) {
            this.taken = taken;
        }

        String next() {
            String name;
            do {
                name = "drill_" + next++;
            } while (taken.contains(name));
            return name;
        }
    }
}
