package com.insightiq.nlq.control;

import com.insightiq.connection.control.TimeGrain;
import jakarta.json.bind.annotation.JsonbCreator;
import java.util.List;
import java.util.Locale;

/**
 * The one canonical record of a natural-language question's meaning, independent of SQL: what people correct in the
 * answer page (its JSON travels through the API), what verified answers keep, and what {@link NlSql} compiles. All
 * ids are catalog ids of one data source; values are text and are parsed against the column's type when compiled.
 * <p>
 * With measures, {@code fields} are the group keys; without, they are the listed columns. {@code having} keeps only
 * the groups whose aggregate meets a condition ("customers with more than 5 orders": customers grouped, the count of
 * their orders over 5); with it, {@code fields} are grouped even without measures. With {@code having}, measures and
 * no fields, the measures are over the rows of the measures' table that meet it ("how many customers have more than 5
 * orders": the customers kept, counted).
 */
public record NlQuery(long tableId, List<Join> joins, List<Field> fields, List<Measure> measures,
        List<Condition> filters, List<Order> order, Integer limit, boolean distinct, Compare compare,
        List<Having> having) {

    public NlQuery {
        joins = joins == null ? List.of() : List.copyOf(joins);
        fields = fields == null ? List.of() : List.copyOf(fields);
        measures = measures == null ? List.of() : List.copyOf(measures);
        filters = filters == null ? List.of() : List.copyOf(filters);
        order = order == null ? List.of() : List.copyOf(order);
        having = having == null ? List.of() : List.copyOf(having);
    }

    /** A foreign-key step: the column holding the key and the column it references (either side may be the new table). */
    public record Join(long fromColumnId, long toColumnId) {
    }

    /** A column, truncated to {@code grain} when it is a date/time grouped by period (null: as it is). */
    public record Field(long columnId, TimeGrain grain) {
    }

    /**
     * An aggregate. COUNT counts rows of {@code tableId} (distinct keys once joins could repeat them); the column
     * aggregations use {@code columnId}; SHARE/PERCENT give the fraction/percentage of rows meeting {@code where};
     * other aggregations apply {@code where} as a filter on their own rows only; RATIO divides operand 0 by operand 1
     * (NULL when the divisor is 0); VALUE is a row's own column, for row-level ratios without grouping. DAYS counts
     * whole days from operand 0 to operand 1, each a date column's VALUE or its MIN/MAX; with one operand, to today
     * ("days since the last sale"). SUM, AVG, MIN, MAX and MEDIAN without a column take their one operand, a row-level
     * DAYS ("the average number of days between the start and the end date").
     */
    public record Measure(Aggregation aggregation, Long tableId, Long columnId, List<Condition> where,
            List<Measure> operands) {
        public Measure {
            where = where == null ? List.of() : List.copyOf(where);
            operands = operands == null ? List.of() : List.copyOf(operands);
        }

        public static Measure of(Aggregation aggregation, Long tableId, Long columnId) {
            return new Measure(aggregation, tableId, columnId, List.of(), List.of());
        }
    }

    public enum Aggregation {
        COUNT, COUNT_DISTINCT, SUM, AVG, MIN, MAX, MEDIAN, SHARE, PERCENT, RATIO, VALUE, DAYS;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * A condition on a column. EQUALS with several values is a list ("Germany and France"); BETWEEN is inclusive;
     * TIME_RANGE is [values[0], values[1]) as ISO dates, either may be empty for an open end; IS_EMPTY, IS_TRUE and
     * IS_FALSE take no value. HAS_NONE ("customers who have not made any sales") keeps the rows that no row of another
     * table references: {@code columnId} is the referenced column (the rows' key), {@code values[0]} the id of the
     * referencing column (sales.customer_id); that table is never joined, it is asked about in NOT EXISTS.
     * WEEKDAY keeps the rows whose date falls on one of the ISO days of the week in {@code values} ("1" Monday … "7"
     * Sunday): "on weekends" is 6 and 7.
     * {@code negated} turns the whole condition around ("not in Germany", "without").
     */
    public record Condition(long columnId, Operator operator, List<String> values, boolean negated,
            boolean ignoreCase) {
        public Condition {
            values = values == null ? List.of() : List.copyOf(values);
        }
    }

    public enum Operator {
        EQUALS, CONTAINS, STARTS_WITH, GREATER, GREATER_OR_EQUAL, LESS, LESS_OR_EQUAL, BETWEEN, TIME_RANGE, IS_EMPTY,
        IS_TRUE, IS_FALSE, HAS_NONE, WEEKDAY
    }

    /**
     * A condition on a group's aggregate: {@code measure} compared with numbers by GREATER, GREATER_OR_EQUAL, LESS,
     * LESS_OR_EQUAL, EQUALS (one value) or BETWEEN (two).
     */
    public record Having(Measure measure, Operator operator, List<String> values) {
        public Having {
            values = values == null ? List.of() : List.copyOf(values);
        }
    }

    /**
     * Sort by a measure (its index) or by a column; exactly one is set. {@code rankOnly}: the measure only ranks and
     * the result does not show it — "Which street has the most restaurants?" asks for a street, not a count.
     */
    public record Order(Integer measure, Long columnId, boolean descending, boolean rankOnly) {
        @JsonbCreator // the one JSON-B builds from (an order stored before rankOnly existed reads as shown)
        public Order {
        }

        public Order(Integer measure, Long columnId, boolean descending) {
            this(measure, columnId, descending, false);
        }
    }

    /** Whether the result shows measure {@code index} (a measure that only ranks is computed but not shown). */
    public boolean shows(int index) {
        return order.stream().noneMatch(o -> o.rankOnly() && o.measure() != null && o.measure() == index);
    }

    /** How many measures the result shows. */
    public long shownMeasures() {
        long shown = 0;
        for (int i = 0; i < measures.size(); i++) {
            shown += shows(i) ? 1 : 0;
        }
        return shown;
    }

    /**
     * Period over period. With a previous range: every measure is also computed over {@code previousFrom} to
     * {@code previousTo} on {@code columnId} (the current range stays a filter). Without one ("month over month"): each
     * row is compared with the row before it along the time field of that grain.
     */
    public record Compare(long columnId, TimeGrain grain, String previousFrom, String previousTo) {
    }
}
