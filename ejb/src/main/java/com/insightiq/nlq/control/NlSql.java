package com.insightiq.nlq.control;

import com.insightiq.connection.control.Driver;
import com.insightiq.connection.control.TableRef;
import com.insightiq.connection.entity.Engine;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.query.boundary.ParameterForm;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compiles an {@link NlQuery} to SQL in the driver's dialect. Identifiers are quoted by the driver; every value is a
 * {@code {{vN}}} template variable bound by the query pipeline (the {@code sql} twin writes them as literals only
 * for reading). Ids are checked against the lexicon and values against their column's type, so a corrected query
 * sent back by a person fails with a 400 that says what is wrong rather than reaching the database.
 */
@ApplicationScoped
public class NlSql {

    public NlStatement compile(NlQuery query, SchemaLexicon lexicon, Driver driver) {
        if (query == null) {
            throw new InvalidInputException("The query is required.");
        }
        SchemaIndex index = SchemaIndex.of(lexicon);
        Plan plan = new Plan(query, index, driver);
        Binds template = new Binds(true, driver);
        Binds literal = new Binds(false, driver);
        String templateSql = plan.sql(template);
        String readable = plan.sql(literal);
        return new NlStatement(templateSql, template.forms, readable);
    }

    /** Writes a value either as a template variable (with its form) or as a literal of the dialect. */
    private static final class Binds {
        final boolean template;
        final Driver driver;
        final List<ParameterForm> forms = new ArrayList<>();

        Binds(boolean template, Driver driver) {
            this.template = template;
            this.driver = driver;
        }

        String value(String type, Object value) {
            if (template) {
                String name = "v" + (forms.size() + 1);
                forms.add(new ParameterForm(name, type, value, null, null));
                return "{{" + name + "}}";
            }
            return literal(value);
        }

        String list(String type, List<Object> values) {
            if (template) {
                String name = "v" + (forms.size() + 1);
                forms.add(new ParameterForm(name, type, values, null, null));
                return "{{" + name + "}}";
            }
            List<String> out = new ArrayList<>();
            values.forEach(v -> out.add(literal(v)));
            return String.join(", ", out);
        }

        String date(LocalDate value) {
            if (template) {
                return value("date", value.toString());
            }
            return driver.engine() == Engine.SQLSERVER ? "'" + value + "'" : "DATE '" + value + "'";
        }

        private String literal(Object value) {
            if (value instanceof BigDecimal n) {
                return n.toPlainString();
            }
            String s = value.toString().replace("'", "''");
            if (driver.engine() == Engine.MYSQL) {
                s = s.replace("\\", "\\\\");
            }
            return (driver.engine() == Engine.SQLSERVER ? "N'" : "'") + s + "'";
        }
    }

    /** The checked query with table aliases: base t0, joined tables t1… in join order. */
    private static final class Plan {
        final NlQuery q;
        final SchemaIndex index;
        final Driver driver;
        final Map<Long, String> aliases = new LinkedHashMap<>();
        final List<String> joinSql = new ArrayList<>();
        /** With a previous period: the current period's filter and the previous period's range (else both null). */
        final NlQuery.Condition current;
        final NlQuery.Condition previous;

        Plan(NlQuery q, SchemaIndex index, Driver driver) {
            this.q = q;
            this.index = index;
            this.driver = driver;
            if (!index.tables.containsKey(q.tableId())) {
                throw new InvalidInputException("Table " + q.tableId() + " is not a visible table of this data source.");
            }
            aliases.put(q.tableId(), "t0");
            for (NlQuery.Join j : q.joins()) {
                SchemaLexicon.Column a = column(j.fromColumnId());
                SchemaLexicon.Column b = column(j.toColumnId());
                boolean aIn = aliases.containsKey(a.tableId());
                boolean bIn = aliases.containsKey(b.tableId());
                if (aIn == bIn) {
                    throw new InvalidInputException("Each join must connect a table already in the query to a new one.");
                }
                SchemaLexicon.Column inside = aIn ? a : b;
                SchemaLexicon.Column added = aIn ? b : a;
                String alias = "t" + aliases.size();
                aliases.put(added.tableId(), alias);
                joinSql.add("JOIN " + qualified(added.tableId()) + " " + alias + " ON " + ref(inside) + " = "
                        + alias + "." + driver.quote(added.name()));
            }
            if (q.fields().isEmpty() && q.measures().isEmpty()) {
                throw new InvalidInputException("The query shows nothing: add a column or a measure.");
            }
            if (q.limit() != null && (q.limit() < 1 || q.limit() > 100_000)) {
                throw new InvalidInputException("The limit must be between 1 and 100000.");
            }
            if (q.measures().size() > 20 || q.fields().size() > 50 || q.filters().size() > 50
                    || q.having().size() > 20) {
                throw new InvalidInputException("The query is too large (at most 20 measures, 50 columns, 50 filters, "
                        + "20 group conditions).");
            }
            NlQuery.Compare compare = q.compare();
            if (compare != null && (compare.previousFrom() != null || compare.previousTo() != null)) {
                current = currentPeriod(compare);
                previous = new NlQuery.Condition(compare.columnId(), NlQuery.Operator.TIME_RANGE,
                        List.of(compare.previousFrom(), compare.previousTo()), false, false);
            } else {
                if (compare != null && compare.grain() == null) {
                    throw new InvalidInputException("A period comparison needs a grain or a previous period.");
                }
                current = null;
                previous = null;
            }
        }

        /**
         * "Sales in 2024 compared to last year": the current period is the query's own time range on the compared
         * column; the previous one must be a closed range before it.
         */
        private NlQuery.Condition currentPeriod(NlQuery.Compare compare) {
            List<NlQuery.Condition> ranges = q.filters().stream().filter(c -> c.columnId() == compare.columnId()
                    && c.operator() == NlQuery.Operator.TIME_RANGE && !c.negated()).toList();
            if (ranges.size() != 1 || ranges.get(0).values().size() != 2
                    || ranges.get(0).values().stream().anyMatch(String::isBlank)) {
                throw new InvalidInputException("A comparison with a previous period needs the current period as one "
                        + "time range with a start and an end on the same date column.");
            }
            SchemaLexicon.Column col = column(compare.columnId());
            LocalDate from;
            LocalDate to;
            try {
                from = LocalDate.parse(compare.previousFrom());
                to = LocalDate.parse(compare.previousTo());
            } catch (RuntimeException e) {
                throw new InvalidInputException("The previous period needs a start and an end as ISO dates "
                        + "(yyyy-mm-dd).");
            }
            if (!from.isBefore(to)) {
                throw new InvalidInputException("The previous period must start before it ends.");
            }
            date(col, ranges.get(0).values().get(0));
            for (NlQuery.Measure m : q.measures()) {
                if (m.aggregation() == NlQuery.Aggregation.SHARE || m.aggregation() == NlQuery.Aggregation.PERCENT
                        || rowLevel(m)) {
                    throw new InvalidInputException("A " + m.aggregation().code() + " cannot be compared with a "
                            + "previous period yet.");
                }
            }
            return ranges.get(0);
        }

        /** The measure restricted to one period (a ratio: both its operands). */
        private static NlQuery.Measure within(NlQuery.Measure m, NlQuery.Condition period) {
            if (m.aggregation() == NlQuery.Aggregation.RATIO) {
                return new NlQuery.Measure(m.aggregation(), m.tableId(), m.columnId(), m.where(),
                        m.operands().stream().map(o -> within(o, period)).toList());
            }
            List<NlQuery.Condition> where = new ArrayList<>(m.where());
            where.add(period);
            return new NlQuery.Measure(m.aggregation(), m.tableId(), m.columnId(), where, m.operands());
        }

        /**
         * "How many authors have published more than 2 papers": the measures are over the rows of one table that
         * meet the group conditions, so the rows are grouped by that table's key first and measured after.
         */
        private boolean overKeptRows() {
            return q.fields().isEmpty() && !q.having().isEmpty() && !q.measures().isEmpty() && previous == null
                    && q.compare() == null;
        }

        private String overKeptRowsSql(Binds binds) {
            Long table = q.measures().get(0).tableId();
            if (table == null || !aliases.containsKey(table) || q.measures().stream().anyMatch(m ->
                    !table.equals(m.tableId()) || !m.where().isEmpty() || m.aggregation() == NlQuery.Aggregation.RATIO
                    || m.aggregation() == NlQuery.Aggregation.VALUE || m.aggregation() == NlQuery.Aggregation.SHARE
                    || m.aggregation() == NlQuery.Aggregation.PERCENT
                    || m.aggregation() != NlQuery.Aggregation.COUNT && m.columnId() == null)) {
                throw new InvalidInputException("Measures over the rows that meet a group condition must all be"
                        + " counts or aggregates of one table's own columns.");
            }
            SchemaLexicon.Column key = index.keyColumn(table).orElseThrow(() -> new InvalidInputException(
                    "Table " + index.tables.get(table).name() + " has no key to keep its rows apart by."));
            List<String> inner = new ArrayList<>(List.of(ref(key) + " AS k"));
            List<String> groupBy = new ArrayList<>(List.of(ref(key)));
            List<String> outer = new ArrayList<>();
            int m = 0;
            for (NlQuery.Measure measure : q.measures()) {
                String label = driver.quote(measureLabel(measure, m));
                if (measure.aggregation() == NlQuery.Aggregation.COUNT) {
                    outer.add("COUNT(*) AS " + label);
                } else {
                    SchemaLexicon.Column c = column(measure.columnId());
                    if (c.tableId() != table) {
                        throw new InvalidInputException("Column " + c.name() + " is not a column of "
                                + index.tables.get(table).name() + ".");
                    }
                    inner.add(ref(c) + " AS c" + m);
                    groupBy.add(ref(c));
                    NlQuery.Measure outerMeasure = NlQuery.Measure.of(measure.aggregation(), table, c.id());
                    outer.add(measure(outerMeasure, binds, 0).replace(ref(c), "s.c" + m) + " AS " + label);
                }
                m++;
            }
            StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", inner))
                    .append("\n  FROM ").append(qualified(q.tableId())).append(" t0");
            joinSql.forEach(j -> sql.append("\n  ").append(j));
            List<String> where = new ArrayList<>();
            for (NlQuery.Condition c : q.filters()) {
                where.add(condition(c, binds));
            }
            if (!where.isEmpty()) {
                sql.append("\n  WHERE ").append(String.join(" AND ", where));
            }
            sql.append("\n  GROUP BY ").append(String.join(", ", groupBy));
            List<String> having = new ArrayList<>();
            for (NlQuery.Having h : q.having()) {
                having.add(having(h, binds));
            }
            sql.append("\n  HAVING ").append(String.join(" AND ", having));
            return "SELECT " + String.join(", ", outer) + "\nFROM (" + sql + ") s";
        }

        String sql(Binds binds) {
            if (overKeptRows()) {
                return overKeptRowsSql(binds);
            }
            List<String> select = new ArrayList<>();
            List<String> groupBy = new ArrayList<>();
            boolean aggregated = q.measures().stream().anyMatch(m -> !rowLevel(m)) || !q.having().isEmpty();
            for (NlQuery.Field f : q.fields()) {
                String expr = field(f);
                select.add(expr + " AS " + driver.quote(label(f)));
                if (aggregated) {
                    groupBy.add(expr);
                }
            }
            if (aggregated && q.having().isEmpty()) {
                // "publications per conference", shown by the conference's name (or a person's first and last
                // name): grouped by the conference itself, so two conferences of one name stay two (the key only
                // groups; it is shown when names repeat and the question did not list what to show)
                for (NlQuery.Field f : q.fields()) {
                    long table = column(f.columnId()).tableId();
                    List<SchemaLexicon.Column> names = index.nameColumns(table);
                    boolean label = f.grain() == null && (index.labelColumn(table).map(l -> l.id() == f.columnId()
                            && index.namesRows(l)).orElse(false)
                            || names.size() > 1 && names.stream().anyMatch(n -> n.id() == f.columnId()));
                    if (label && !index.valueList(table)
                            && q.measures().stream().noneMatch(x -> measuresTable(x, table))) {
                        index.keyColumn(table).filter(k -> k.id() != f.columnId()).map(this::ref)
                                .filter(k -> !groupBy.contains(k)).ifPresent(groupBy::add);
                    }
                }
            }
            if (!q.having().isEmpty()) {
                // groups of rows, not of names: two customers called Smith stay two
                for (NlQuery.Field f : q.fields()) {
                    long table = column(f.columnId()).tableId();
                    if (q.having().stream().anyMatch(h -> h.measure() != null && java.util.Objects.equals(
                            h.measure().tableId(), table))) {
                        continue; // "countries with more than 10 customers": the counted rows are the group's own
                    }
                    index.keyColumn(table).filter(k -> f.grain() == null && k.id() != f.columnId()
                            && !index.valueList(table)).map(this::ref).filter(k -> !groupBy.contains(k))
                            .ifPresent(groupBy::add);
                }
            }
            int m = 0;
            for (NlQuery.Measure measure : q.measures()) {
                if (previous != null) {
                    String label = measureLabel(measure, m++);
                    String now = measure(within(measure, current), binds, 0);
                    String before = measure(within(measure, previous), binds, 0);
                    select.add(now + " AS " + driver.quote(label));
                    select.add(before + " AS " + driver.quote(label + " (previous period)"));
                    select.add(now + " - " + before + " AS " + driver.quote("Change of " + label));
                    select.add("100.0 * (" + now + " - " + before + ") / NULLIF(" + before + ", 0) AS "
                            + driver.quote("Change of " + label + " (%)"));
                    continue;
                }
                if (!q.shows(m)) {
                    m++;
                    continue; // ranks only: compiled once, in ORDER BY, so none of its values is bound twice
                }
                String expr = measure(measure, binds, 0);
                select.add(expr + " AS " + driver.quote(measureLabel(measure, m++)));
                if (q.compare() != null && !rowLevel(measure)) {
                    String timeField = q.fields().stream().filter(f -> f.columnId() == q.compare().columnId())
                            .findFirst().map(this::field).orElseThrow(() -> new InvalidInputException(
                                    "A period comparison needs its date column among the grouped columns."));
                    select.add(expr + " - LAG(" + expr + ") OVER (ORDER BY " + timeField + ") AS "
                            + driver.quote("Change of " + measureLabel(measure, m - 1)));
                }
            }
            StringBuilder sql = new StringBuilder("SELECT ");
            boolean top = driver.engine() == Engine.SQLSERVER && q.limit() != null;
            // groups kept by a condition are one row each already: DISTINCT would merge namesakes
            boolean distinct = q.distinct() && q.measures().isEmpty() && q.having().isEmpty()
                    && orderColumnsSelected();
            if (distinct) {
                sql.append("DISTINCT ");
            }
            if (top) {
                sql.append("TOP ").append(q.limit()).append(' ');
            }
            sql.append(String.join(", ", select));
            sql.append("\nFROM ").append(qualified(q.tableId())).append(" t0");
            for (String j : joinSql) {
                sql.append("\n").append(j);
            }
            List<String> where = new ArrayList<>();
            for (NlQuery.Condition c : q.filters()) {
                // with a previous period, the rows of both periods are read; each measure keeps its own
                where.add(c == current ? "(" + condition(c, binds) + " OR " + condition(previous, binds) + ")"
                        : condition(c, binds));
            }
            if (!where.isEmpty()) {
                sql.append("\nWHERE ").append(String.join("\n  AND ", where));
            }
            if (!groupBy.isEmpty()) {
                sql.append("\nGROUP BY ").append(String.join(", ", groupBy));
            }
            List<String> having = new ArrayList<>();
            for (NlQuery.Having h : q.having()) {
                having.add(having(h, binds));
            }
            if (!having.isEmpty()) {
                sql.append("\nHAVING ").append(String.join("\n  AND ", having));
            }
            List<String> orderBy = new ArrayList<>();
            for (NlQuery.Order o : q.order()) {
                orderBy.add(order(o, aggregated, binds));
            }
            if (!orderBy.isEmpty()) {
                sql.append("\nORDER BY ").append(String.join(", ", orderBy));
            }
            if (q.limit() != null && !top) {
                sql.append("\nLIMIT ").append(q.limit());
            }
            return sql.toString();
        }

        /** The measure counts or measures rows of {@code table} (then grouping by its key would make groups of one). */
        private boolean measuresTable(NlQuery.Measure m, long table) {
            if (m.tableId() != null && m.tableId() == table
                    || m.columnId() != null && column(m.columnId()).tableId() == table) {
                return true;
            }
            return m.operands().stream().anyMatch(o -> measuresTable(o, table));
        }

        private boolean orderColumnsSelected() {
            return q.order().stream().allMatch(o -> o.columnId() == null
                    || q.fields().stream().anyMatch(f -> f.columnId() == o.columnId() && f.grain() == null));
        }

        private String order(NlQuery.Order o, boolean aggregated, Binds binds) {
            String target;
            if (o.measure() != null) {
                if (o.measure() < 0 || o.measure() >= q.measures().size()) {
                    throw new InvalidInputException("The order names measure " + o.measure() + ", which the query does not have.");
                }
                if (!q.shows(o.measure()) && (previous != null || q.compare() != null)) {
                    throw new InvalidInputException("A period comparison shows every measure it ranks by.");
                }
                target = q.shows(o.measure()) ? Integer.toString(q.fields().size() + measurePosition(o.measure()) + 1)
                        : measure(q.measures().get(o.measure()), binds, 0);
            } else if (o.columnId() != null) {
                int at = -1;
                for (int i = 0; i < q.fields().size(); i++) {
                    if (q.fields().get(i).columnId() == o.columnId()) {
                        at = i;
                        break;
                    }
                }
                if (at >= 0) {
                    target = Integer.toString(at + 1);
                } else if (aggregated) {
                    throw new InvalidInputException("A grouped query can only be ordered by its columns or measures.");
                } else {
                    target = ref(column(o.columnId()));
                }
            } else {
                throw new InvalidInputException("An order needs a measure or a column.");
            }
            if (!o.descending()) {
                return target;
            }
            return driver.engine() == Engine.POSTGRESQL || driver.engine() == Engine.TRINO
                    ? target + " DESC NULLS LAST" : target + " DESC";
        }

        /** "more than 5 orders": the group's aggregate compared with bound numbers. */
        private String having(NlQuery.Having h, Binds binds) {
            if (h.measure() == null || rowLevel(h.measure())) {
                throw new InvalidInputException("A condition on groups needs an aggregate (a count, sum, …).");
            }
            String expr = measure(h.measure(), binds, 0);
            int wanted = h.operator() == NlQuery.Operator.BETWEEN ? 2 : 1;
            if (h.values().size() != wanted) {
                throw new InvalidInputException("A condition on groups with " + h.operator().name()
                        .toLowerCase(Locale.ROOT).replace('_', ' ') + " needs " + wanted + " number(s).");
            }
            List<String> values = new ArrayList<>();
            for (String v : h.values()) {
                try {
                    values.add(binds.value("number", new BigDecimal(v.strip())));
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("'" + abbreviate(v) + "' is not a number to compare an aggregate "
                            + "with.");
                }
            }
            return switch (h.operator()) {
                case GREATER -> expr + " > " + values.get(0);
                case GREATER_OR_EQUAL -> expr + " >= " + values.get(0);
                case LESS -> expr + " < " + values.get(0);
                case LESS_OR_EQUAL -> expr + " <= " + values.get(0);
                case EQUALS -> expr + " = " + values.get(0);
                case BETWEEN -> expr + " BETWEEN " + values.get(0) + " AND " + values.get(1);
                default -> throw new InvalidInputException("An aggregate cannot be compared by " + h.operator()
                        .name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".");
            };
        }

        /** Position of measure i among the output columns after the fields (change columns count too). */
        private int measurePosition(int measure) {
            int position = 0;
            for (int i = 0; i < measure; i++) {
                if (!q.shows(i)) {
                    continue;
                }
                position += previous != null ? 4 : q.compare() != null && !rowLevel(q.measures().get(i)) ? 2 : 1;
            }
            return position;
        }

        private String field(NlQuery.Field f) {
            SchemaLexicon.Column c = column(f.columnId());
            requireJoined(c);
            if (f.grain() == null) {
                return ref(c);
            }
            if (!SchemaIndex.isTemporal(c)) {
                throw new InvalidInputException("Only date columns can be grouped by " + f.grain().name()
                        .toLowerCase(Locale.ROOT) + "; " + c.name() + " is not one.");
            }
            return driver.dateTrunc(f.grain(), ref(c));
        }

        private String measure(NlQuery.Measure m, Binds binds, int depth) {
            if (depth > 2) {
                throw new InvalidInputException("Measures nest at most two deep.");
            }
            String condition = where(m, binds);
            return switch (m.aggregation()) {
                case COUNT -> count(m, condition);
                case COUNT_DISTINCT -> "COUNT(DISTINCT " + guarded(numericOrAny(m, false, binds, depth), condition) + ")";
                case SUM, AVG, MIN, MAX -> m.aggregation().name() + "(" + guarded(numericOrAny(m,
                        m.aggregation() == NlQuery.Aggregation.SUM || m.aggregation() == NlQuery.Aggregation.AVG,
                        binds, depth), condition) + ")";
                case MEDIAN -> median(guarded(numericOrAny(m, true, binds, depth), condition));
                case SHARE, PERCENT -> {
                    if (condition == null) {
                        throw new InvalidInputException("A share needs the condition whose rows it counts.");
                    }
                    String share = "SUM(CASE WHEN " + condition + " THEN 1.0 ELSE 0 END) / NULLIF(COUNT(*), 0)";
                    yield m.aggregation() == NlQuery.Aggregation.PERCENT ? "100.0 * " + share : share;
                }
                case RATIO -> {
                    if (m.operands().size() != 2) {
                        throw new InvalidInputException("A ratio needs exactly two operands.");
                    }
                    String a = measure(m.operands().get(0), binds, depth + 1);
                    String b = measure(m.operands().get(1), binds, depth + 1);
                    yield "1.0 * " + a + " / NULLIF(" + b + ", 0)";
                }
                case VALUE -> ref(numericColumn(m));
                case DAYS -> days(m, binds, depth);
            };
        }

        /** A measure's own conditions as one SQL condition, or null when it has none. */
        private String where(NlQuery.Measure m, Binds binds) {
            return m.where().isEmpty() ? null : String.join(" AND ", m.where().stream()
                    .map(w -> condition(w, binds)).toList());
        }

        /** Days from the first operand's date to the second's (or to today): each a date column or its MIN/MAX. */
        private String days(NlQuery.Measure m, Binds binds, int depth) {
            if (m.operands().isEmpty() || m.operands().size() > 2) {
                throw new InvalidInputException("A number of days needs one or two dates.");
            }
            List<String> dates = new ArrayList<>();
            for (NlQuery.Measure o : m.operands()) {
                SchemaLexicon.Column c = o.columnId() == null ? null : column(o.columnId());
                if (c == null || !SchemaIndex.isCalendar(c)) {
                    throw new InvalidInputException("Days are counted between date columns.");
                }
                dates.add(switch (o.aggregation()) {
                    case VALUE -> ref(c);
                    case MIN, MAX -> measure(o, binds, depth + 1);
                    default -> throw new InvalidInputException("Days are counted between dates or their earliest or"
                            + " latest, not a " + o.aggregation().code() + ".");
                });
            }
            String days = driver.daysBetween(dates.get(0), dates.size() == 2 ? dates.get(1) : driver.today());
            String condition = where(m, binds);
            return guarded(days, condition);
        }

        private String count(NlQuery.Measure m, String condition) {
            if (m.tableId() == null || !index.tables.containsKey(m.tableId())) {
                throw new InvalidInputException("A count needs the table whose rows it counts.");
            }
            if (!aliases.containsKey(m.tableId())) {
                // rows of a table the query does not join ("ratio of publications to authors"): its own total
                if (condition != null || !q.fields().isEmpty()) {
                    throw new InvalidInputException("Table " + index.tables.get(m.tableId()).name()
                            + " is not joined to the query.");
                }
                return "(SELECT COUNT(*) FROM " + qualified(m.tableId()) + ")";
            }
            var key = index.keyColumn(m.tableId());
            // a table that repeats its entities (river: one row per river and state) counts them, not its rows; and
            // groups of one table ranked by how many rows they have ("how many courses does each department
            // offer"): distinct keys, the same number where the key is unique. SQL leaves rows tied on the count in
            // the plan's order, and this is how hand-written SQL counts them, so ties come in the order it gives;
            // elsewhere a hashed COUNT(*) is the cheaper plan
            boolean rankedGroups = !q.fields().isEmpty() && q.joins().isEmpty() && q.order().stream()
                    .anyMatch(o -> o.measure() != null && o.measure() >= 0 && o.measure() < q.measures().size()
                            && q.measures().get(o.measure()).equals(m));
            if (key.isPresent() && (rankedGroups || JoinGraph.repeats(index, q.joins(), m.tableId())
                    || !index.uniquePerRow(key.get()))) {
                return "COUNT(DISTINCT " + guarded(ref(key.get()), condition) + ")";
            }
            return condition == null ? "COUNT(*)" : "SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
        }

        private String median(String expr) {
            return switch (driver.engine()) {
                case POSTGRESQL -> "percentile_cont(0.5) WITHIN GROUP (ORDER BY " + expr + ")";
                case TRINO -> "approx_percentile(" + expr + ", 0.5)";
                default -> throw new InvalidInputException("A median is not available on " + driver.engine().displayName()
                        + " yet.");
            };
        }

        private static String guarded(String expr, String condition) {
            return condition == null ? expr : "CASE WHEN " + condition + " THEN " + expr + " END";
        }

        private String numericOrAny(NlQuery.Measure m, boolean numeric, Binds binds, int depth) {
            if (m.columnId() == null && m.operands().size() == 1 && rowLevel(m.operands().get(0))) {
                // "the average number of days between …": the aggregate of a row-level figure
                return measure(m.operands().get(0), binds, depth + 1);
            }
            SchemaLexicon.Column c = m.columnId() == null ? null : column(m.columnId());
            if (c == null) {
                throw new InvalidInputException("The " + m.aggregation().code() + " needs a column.");
            }
            if (numeric && !SchemaIndex.isNumeric(c)) {
                throw new InvalidInputException(c.name() + " is not numeric; it has no " + m.aggregation().code() + ".");
            }
            return ref(c);
        }

        private SchemaLexicon.Column numericColumn(NlQuery.Measure m) {
            SchemaLexicon.Column c = m.columnId() == null ? null : column(m.columnId());
            if (c == null || !SchemaIndex.isNumeric(c)) {
                throw new InvalidInputException("A value in a ratio must be a numeric column.");
            }
            return c;
        }

        private String condition(NlQuery.Condition c, Binds binds) {
            SchemaLexicon.Column col = column(c.columnId());
            String ref = ref(col);
            String sql = switch (c.operator()) {
                case HAS_NONE -> hasNone(col, ref, c);
                case EQUALS -> equals(col, ref, c, binds);
                case CONTAINS, STARTS_WITH -> {
                    String v = one(c);
                    String escaped = v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                    String pattern = c.operator() == NlQuery.Operator.CONTAINS ? "%" + escaped + "%" : escaped + "%";
                    String left = c.ignoreCase() ? "LOWER(" + ref + ")" : ref;
                    String right = binds.value("text", c.ignoreCase() ? pattern.toLowerCase(Locale.ROOT) : pattern);
                    yield left + " LIKE " + right + " ESCAPE '\\'";
                }
                case GREATER -> ref + " > " + typed(col, one(c), binds);
                case GREATER_OR_EQUAL -> ref + " >= " + typed(col, one(c), binds);
                case LESS -> ref + " < " + typed(col, one(c), binds);
                case LESS_OR_EQUAL -> ref + " <= " + typed(col, one(c), binds);
                case BETWEEN -> {
                    if (c.values().size() != 2) {
                        throw new InvalidInputException("BETWEEN needs two values.");
                    }
                    yield ref + " BETWEEN " + typed(col, c.values().get(0), binds) + " AND "
                            + typed(col, c.values().get(1), binds);
                }
                case TIME_RANGE -> timeRange(col, ref, c, binds);
                case IS_EMPTY -> ref + " IS NULL";
                case IS_TRUE -> bool(col, ref, true);
                case IS_FALSE -> bool(col, ref, false);
                case WEEKDAY -> weekday(col, ref, c);
            };
            return c.negated() ? "NOT (" + sql + ")" : sql;
        }

        /** "on weekends": the ISO day of the week among the given ones, numbers checked and written as literals. */
        private String weekday(SchemaLexicon.Column col, String ref, NlQuery.Condition c) {
            if (!SchemaIndex.isCalendar(col)) {
                throw new InvalidInputException(col.name() + " is not a date; it has no day of the week.");
            }
            if (c.values().isEmpty() || c.values().size() > 7) {
                throw new InvalidInputException("Say which days of the week, 1 (Monday) to 7 (Sunday).");
            }
            List<String> days = new ArrayList<>();
            for (String v : c.values()) {
                if (!v.matches("[1-7]")) {
                    throw new InvalidInputException("\"" + abbreviate(v) + "\" is not a day of the week (1 to 7).");
                }
                days.add(v);
            }
            return driver.isoDayOfWeek(ref) + " IN (" + String.join(", ", days) + ")";
        }

        /**
         * Rows no row of another table references, as NOT EXISTS: a join would keep exactly the rows that have some,
         * and an outer join with IS NULL would repeat nothing but reads worse. Only along a real reference between
         * the two columns (declared, overridden or inferred), so a stored query cannot correlate arbitrary columns.
         */
        private String hasNone(SchemaLexicon.Column referenced, String ref, NlQuery.Condition c) {
            SchemaLexicon.Column referencing;
            try {
                referencing = column(Long.parseLong(one(c).strip()));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("\"Has none\" needs the id of the column that refers to the rows.");
            }
            boolean refers = java.util.Objects.equals(referencing.fkTargetColumnId(), referenced.id())
                    || referencing.fkTargetColumnId() == null
                    && index.joins.edge(referencing.id(), referenced.id()).isPresent();
            if (!refers || referencing.tableId() == referenced.tableId()) {
                throw new InvalidInputException(referencing.name() + " does not refer to " + referenced.name() + ".");
            }
            return "NOT EXISTS (SELECT 1 FROM " + qualified(referencing.tableId()) + " n WHERE n."
                    + driver.quote(referencing.name()) + " = " + ref + ")";
        }

        private String equals(SchemaLexicon.Column col, String ref, NlQuery.Condition c, Binds binds) {
            if (c.values().isEmpty()) {
                throw new InvalidInputException("A filter on " + col.name() + " needs a value.");
            }
            if (c.values().size() > 1000) {
                throw new InvalidInputException("A filter takes at most 1000 values.");
            }
            if (SchemaIndex.isNumeric(col)) {
                List<Object> numbers = new ArrayList<>();
                c.values().forEach(v -> numbers.add(number(col, v)));
                return numbers.size() == 1 ? ref + " = " + binds.value("number", numbers.get(0))
                        : ref + " IN (" + binds.list("number-list", numbers) + ")";
            }
            if (SchemaIndex.isTemporal(col)) {
                if (c.values().size() != 1) {
                    throw new InvalidInputException("A date filter takes one date; use a time range for more.");
                }
                LocalDate day = date(col, c.values().get(0));
                return ref + " >= " + binds.date(day) + " AND " + ref + " < " + binds.date(day.plusDays(1));
            }
            List<Object> texts = new ArrayList<>();
            c.values().forEach(v -> texts.add(c.ignoreCase() ? text(v).toLowerCase(Locale.ROOT) : text(v)));
            String left = c.ignoreCase() ? "LOWER(" + ref + ")" : ref;
            return texts.size() == 1 ? left + " = " + binds.value("text", texts.get(0))
                    : left + " IN (" + binds.list("text-list", texts) + ")";
        }

        private String timeRange(SchemaLexicon.Column col, String ref, NlQuery.Condition c, Binds binds) {
            if (!SchemaIndex.isTemporal(col)) {
                throw new InvalidInputException(col.name() + " is not a date column for a time range.");
            }
            if (c.values().size() != 2) {
                throw new InvalidInputException("A time range needs [from, to] (either may be empty).");
            }
            List<String> parts = new ArrayList<>();
            if (!c.values().get(0).isBlank()) {
                parts.add(ref + " >= " + binds.date(date(col, c.values().get(0))));
            }
            if (!c.values().get(1).isBlank()) {
                parts.add(ref + " < " + binds.date(date(col, c.values().get(1))));
            }
            if (parts.isEmpty()) {
                throw new InvalidInputException("A time range needs a start or an end.");
            }
            return String.join(" AND ", parts);
        }

        private String bool(SchemaLexicon.Column col, String ref, boolean value) {
            if (SchemaIndex.isBoolean(col)) {
                return ref + (value ? " = TRUE" : " = FALSE");
            }
            if (SchemaIndex.isNumeric(col)) {
                // "flights with stops": a count column above zero
                return value ? ref + " > 0" : "(" + ref + " = 0 OR " + ref + " IS NULL)";
            }
            throw new InvalidInputException(col.name() + " is neither a yes/no nor a number column.");
        }

        private String typed(SchemaLexicon.Column col, String value, Binds binds) {
            if (SchemaIndex.isNumeric(col)) {
                return binds.value("number", number(col, value));
            }
            if (SchemaIndex.isTemporal(col)) {
                return binds.date(date(col, value));
            }
            return binds.value("text", text(value));
        }

        private static String one(NlQuery.Condition c) {
            if (c.values().size() != 1) {
                throw new InvalidInputException("The " + c.operator().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " filter takes exactly one value.");
            }
            return c.values().get(0);
        }

        private static BigDecimal number(SchemaLexicon.Column col, String value) {
            try {
                BigDecimal n = new BigDecimal(value == null ? "" : value.trim());
                if (n.precision() > 38 || Math.abs(n.scale()) > 38) {
                    throw new InvalidInputException("The value for " + col.name() + " is out of range.");
                }
                return n;
            } catch (NumberFormatException e) {
                throw new InvalidInputException("'" + abbreviate(value) + "' is not a number for " + col.name() + ".");
            }
        }

        private static LocalDate date(SchemaLexicon.Column col, String value) {
            try {
                return LocalDate.parse(value == null ? "" : value.trim());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("'" + abbreviate(value) + "' is not a date (yyyy-MM-dd) for "
                        + col.name() + ".");
            }
        }

        private static String text(String value) {
            if (value == null) {
                throw new InvalidInputException("A text filter needs a value.");
            }
            if (value.length() > 1000) {
                throw new InvalidInputException("A filter value is at most 1000 characters.");
            }
            return value;
        }

        private static String abbreviate(String value) {
            return value == null ? "" : value.length() > 40 ? value.substring(0, 40) + "…" : value;
        }

        private boolean rowLevel(NlQuery.Measure m) {
            return m.aggregation() == NlQuery.Aggregation.VALUE || ((m.aggregation() == NlQuery.Aggregation.RATIO
                    || m.aggregation() == NlQuery.Aggregation.DAYS) && m.operands().stream().allMatch(this::rowLevel));
        }

        private SchemaLexicon.Column column(long id) {
            SchemaLexicon.Column c = index.columns.get(id);
            if (c == null) {
                throw new InvalidInputException("Column " + id + " is not a visible column of this data source.");
            }
            return c;
        }

        private void requireJoined(SchemaLexicon.Column c) {
            if (!aliases.containsKey(c.tableId())) {
                throw new InvalidInputException("Column " + c.name() + " belongs to "
                        + index.tables.get(c.tableId()).name() + ", which the query does not join.");
            }
        }

        private String ref(SchemaLexicon.Column c) {
            requireJoined(c);
            return aliases.get(c.tableId()) + "." + driver.quote(c.name());
        }

        private String qualified(long tableId) {
            SchemaLexicon.Table t = index.tables.get(tableId);
            return driver.qualify(new TableRef(t.schema(), t.name(), null, 0));
        }

        private String label(NlQuery.Field f) {
            SchemaLexicon.Column c = column(f.columnId());
            String name = c.displayName() == null || c.displayName().isBlank() ? c.name() : c.displayName();
            return f.grain() == null ? name : name + ": " + f.grain().name().toLowerCase(Locale.ROOT);
        }

        private String measureLabel(NlQuery.Measure m, int i) {
            return Interpretations.measureText(m, index.lexicon);
        }
    }
}
