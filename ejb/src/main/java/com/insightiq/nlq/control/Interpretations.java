package com.insightiq.nlq.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Says an {@link NlQuery} in words with the catalog's display names: "Sum of Total · by month of Created At ·
 * Created At 2024-01-01 to 2024-12-31 · Orders joined to People". Each part is also a chip a page can offer to change.
 */
@ApplicationScoped
public class Interpretations {

    public Interpretation describe(NlQuery query, SchemaLexicon lexicon) {
        List<Interpretation.Chip> chips = new ArrayList<>();
        String table = tableName(lexicon, query.tableId());
        for (int i = 0; i < query.measures().size(); i++) {
            chips.add(new Interpretation.Chip("measure", i, measureText(query.measures().get(i), lexicon)
                    + (query.shows(i) ? "" : " (ranks only)")));
        }
        boolean grouped = !query.measures().isEmpty();
        for (int i = 0; i < query.fields().size(); i++) {
            NlQuery.Field f = query.fields().get(i);
            String text = (f.grain() == null ? "" : f.grain().name().toLowerCase(Locale.ROOT) + " of ")
                    + columnName(lexicon, f.columnId());
            chips.add(new Interpretation.Chip("field", i, grouped ? "by " + text : text));
        }
        for (int i = 0; i < query.filters().size(); i++) {
            chips.add(new Interpretation.Chip("filter", i, conditionText(query.filters().get(i), lexicon)));
        }
        for (int i = 0; i < query.having().size(); i++) {
            chips.add(new Interpretation.Chip("having", i, havingText(query.having().get(i), lexicon)));
        }
        NlQuery.Compare compare = query.compare();
        if (compare != null) {
            chips.add(new Interpretation.Chip("compare", 0, compare.previousFrom() != null
                    ? "compared with " + range(List.of(compare.previousFrom(), compare.previousTo()))
                    : "change from the previous " + (compare.grain() == null ? "period"
                    : compare.grain().name().toLowerCase(Locale.ROOT))));
        }
        for (int i = 0; i < query.order().size(); i++) {
            chips.add(new Interpretation.Chip("order", i, orderText(query, query.order().get(i), lexicon)));
        }
        if (query.limit() != null) {
            chips.add(new Interpretation.Chip("limit", 0, query.limit() == 1 ? "only the first" : "first "
                    + query.limit()));
        }
        if (!query.joins().isEmpty()) {
            chips.add(new Interpretation.Chip("join", 0, joins(query, lexicon)));
        } else {
            chips.add(new Interpretation.Chip("table", 0, "from " + table));
        }
        String text = String.join(" · ", chips.stream().map(Interpretation.Chip::text).toList());
        return new Interpretation(text, chips, explanation(query, lexicon));
    }

    /** "Publication joined to Writes and Author (by Pid, Aid)". */
    public String joins(NlQuery query, SchemaLexicon lexicon) {
        if (query.joins().isEmpty()) {
            return "from " + tableName(lexicon, query.tableId());
        }
        List<String> steps = new ArrayList<>();
        for (NlQuery.Join j : query.joins()) {
            Optional<SchemaLexicon.Column> a = lexicon.column(j.fromColumnId());
            Optional<SchemaLexicon.Column> b = lexicon.column(j.toColumnId());
            if (a.isPresent() && b.isPresent()) {
                steps.add(tableName(lexicon, a.get().tableId()) + "." + a.get().name() + " = "
                        + tableName(lexicon, b.get().tableId()) + "." + b.get().name());
            }
        }
        return tableName(lexicon, query.tableId()) + " joined by " + String.join(", ", steps);
    }

    static String measureText(NlQuery.Measure m, SchemaLexicon lexicon) {
        String where = m.where().isEmpty() ? "" : " where " + String.join(" and ",
                m.where().stream().map(c -> conditionText(c, lexicon)).toList());
        return switch (m.aggregation()) {
            case COUNT -> "Count of " + (m.tableId() == null ? "rows" : tableName(lexicon, m.tableId())) + where;
            case COUNT_DISTINCT -> "Distinct " + columnName(lexicon, m.columnId()) + where;
            case SUM -> "Sum of " + aggregated(m, lexicon) + where;
            case AVG -> "Average of " + aggregated(m, lexicon) + where;
            case MIN -> "Minimum of " + aggregated(m, lexicon) + where;
            case MAX -> "Maximum of " + aggregated(m, lexicon) + where;
            case MEDIAN -> "Median of " + aggregated(m, lexicon) + where;
            case SHARE -> "Share of " + tableName(lexicon, m.tableId()) + where;
            case PERCENT -> "Percentage of " + tableName(lexicon, m.tableId()) + where;
            case RATIO -> m.operands().size() == 2 ? "Ratio of " + measureText(m.operands().get(0), lexicon) + " to "
                    + measureText(m.operands().get(1), lexicon) : "Ratio";
            case VALUE -> columnName(lexicon, m.columnId());
            case DAYS -> m.operands().isEmpty() ? "Days" : m.operands().size() == 1 ? "Days since "
                    + dateText(m.operands().get(0), lexicon) + where : "Days from " + dateText(m.operands().get(0), lexicon)
                    + " to " + dateText(m.operands().get(1), lexicon) + where;
        };
    }

    /** What an aggregate is of: its column, or the row-level figure it takes ("Average of Days from … to …"). */
    private static String aggregated(NlQuery.Measure m, SchemaLexicon lexicon) {
        return m.columnId() == null && m.operands().size() == 1 ? measureText(m.operands().get(0), lexicon)
                : columnName(lexicon, m.columnId());
    }

    /** A date a number of days is counted from or to: the column, or its earliest/latest. */
    private static String dateText(NlQuery.Measure m, SchemaLexicon lexicon) {
        return switch (m.aggregation()) {
            case MIN -> "earliest " + columnName(lexicon, m.columnId());
            case MAX -> "latest " + columnName(lexicon, m.columnId());
            default -> columnName(lexicon, m.columnId());
        };
    }

    /** "Count of Orders > 5". */
    static String havingText(NlQuery.Having h, SchemaLexicon lexicon) {
        String measure = measureText(h.measure(), lexicon);
        String values = String.join(" and ", h.values());
        return switch (h.operator()) {
            case GREATER -> measure + " > " + values;
            case GREATER_OR_EQUAL -> measure + " ≥ " + values;
            case LESS -> measure + " < " + values;
            case LESS_OR_EQUAL -> measure + " ≤ " + values;
            case BETWEEN -> measure + " between " + values;
            default -> measure + " = " + values;
        };
    }

    static String conditionText(NlQuery.Condition c, SchemaLexicon lexicon) {
        String column = columnName(lexicon, c.columnId());
        String values = String.join(", ", c.values());
        String text = switch (c.operator()) {
            case EQUALS -> column + (c.values().size() > 1 ? " is one of " : " is ") + values;
            case CONTAINS -> column + " contains " + values;
            case STARTS_WITH -> column + " starts with " + values;
            case GREATER -> column + " > " + values;
            case GREATER_OR_EQUAL -> column + " ≥ " + values;
            case LESS -> column + " < " + values;
            case LESS_OR_EQUAL -> column + " ≤ " + values;
            case BETWEEN -> column + " between " + String.join(" and ", c.values());
            case TIME_RANGE -> column + " " + range(c.values());
            case IS_EMPTY -> column + " is empty";
            case IS_TRUE -> column + " is yes";
            case IS_FALSE -> column + " is no";
            case WEEKDAY -> column + " on " + weekdays(c.values());
            case HAS_NONE -> lexicon.column(c.columnId()).map(col -> tableName(lexicon, col.tableId())).orElse("rows")
                    + " with no " + referencingTable(c, lexicon);
        };
        if (c.operator() == NlQuery.Operator.IS_EMPTY && c.negated()) {
            return column + " is filled in";
        }
        return (c.negated() ? "not: " : "") + text + (c.ignoreCase() ? " (any case)" : "");
    }

    private static final List<String> DAY_NAMES = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    /** "a weekend", "a weekday", or the days' names. */
    private static String weekdays(List<String> days) {
        if (days.equals(List.of("6", "7"))) {
            return "a weekend";
        }
        if (days.equals(List.of("1", "2", "3", "4", "5"))) {
            return "a weekday";
        }
        return String.join(" or ", days.stream().map(d -> d.matches("[1-7]") ? DAY_NAMES.get(Integer.parseInt(d) - 1)
                : d).toList());
    }

    /** The table named by a HAS_NONE condition's referencing column ("no Sales"). */
    private static String referencingTable(NlQuery.Condition c, SchemaLexicon lexicon) {
        return c.values().stream().findFirst().flatMap(v -> {
            try {
                return lexicon.column(Long.parseLong(v));
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        }).map(col -> tableName(lexicon, col.tableId())).orElse("related rows");
    }

    private static String range(List<String> values) {
        String from = values.size() > 0 ? values.get(0) : "";
        String to = values.size() > 1 ? values.get(1) : "";
        String last = "";
        if (!to.isBlank()) {
            try {
                last = LocalDate.parse(to).minusDays(1).toString();
            } catch (RuntimeException e) {
                last = to;
            }
        }
        if (from.isBlank()) {
            return "until " + last;
        }
        if (to.isBlank()) {
            return "since " + from;
        }
        return from.equals(last) ? "on " + from : from + " to " + last;
    }

    private static String orderText(NlQuery q, NlQuery.Order o, SchemaLexicon lexicon) {
        String what = o.measure() != null && o.measure() >= 0 && o.measure() < q.measures().size()
                ? measureText(q.measures().get(o.measure()), lexicon)
                : o.columnId() != null ? columnName(lexicon, o.columnId()) : "?";
        return (o.descending() ? "highest " : "lowest ") + what + " first";
    }

    private String explanation(NlQuery q, SchemaLexicon lexicon) {
        StringBuilder s = new StringBuilder();
        if (q.measures().isEmpty()) {
            s.append("Lists ").append(q.distinct() ? "the distinct " : "").append(String.join(", ",
                    q.fields().stream().map(f -> columnName(lexicon, f.columnId())).toList()));
        } else {
            s.append("Computes ").append(String.join(", ", q.measures().stream()
                    .map(m -> measureText(m, lexicon)).toList()));
            if (!q.fields().isEmpty()) {
                s.append(" for each ").append(String.join(" and ", q.fields().stream()
                        .map(f -> (f.grain() == null ? "" : f.grain().name().toLowerCase(Locale.ROOT) + " of ")
                                + columnName(lexicon, f.columnId())).toList()));
            }
        }
        s.append(" from ").append(tableName(lexicon, q.tableId()));
        if (!q.joins().isEmpty()) {
            s.append(" (following the keys: ").append(joins(q, lexicon)).append(")");
        }
        if (!q.filters().isEmpty()) {
            s.append(", keeping rows where ").append(String.join(" and ",
                    q.filters().stream().map(c -> conditionText(c, lexicon)).toList()));
        }
        if (!q.having().isEmpty()) {
            s.append(", keeping only groups where ").append(String.join(" and ",
                    q.having().stream().map(h -> havingText(h, lexicon)).toList()));
        }
        s.append('.');
        return s.toString();
    }

    static String tableName(SchemaLexicon lexicon, Long id) {
        if (id == null) {
            return "?";
        }
        return lexicon.table(id).map(t -> t.displayName() == null || t.displayName().isBlank() ? t.name()
                : t.displayName()).orElse("table " + id);
    }

    static String columnName(SchemaLexicon lexicon, Long id) {
        if (id == null) {
            return "?";
        }
        return lexicon.column(id).map(c -> {
            String name = c.displayName() == null || c.displayName().isBlank() ? c.name() : c.displayName();
            String table = tableName(lexicon, c.tableId());
            return name + " of " + table;
        }).orElse("column " + id);
    }
}
