package com.insightiq.nlq.view;

import com.insightiq.connection.control.TimeGrain;
import com.insightiq.nlq.control.NlQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The corrections a person makes on the answer page's chips, each a new {@link NlQuery} with one part changed and the
 * rest as it was; the boundary compiles and checks the result (a column of another table, a bad value → 4xx).
 */
final class QueryEdits {
    private QueryEdits() {
    }

    /** The field at {@code index} becomes another column, keeping its grain only when the new column is a time. */
    static NlQuery field(NlQuery q, int index, long columnId, TimeGrain grain) {
        List<NlQuery.Field> fields = new ArrayList<>(q.fields());
        fields.set(index, new NlQuery.Field(columnId, grain));
        return new NlQuery(q.tableId(), q.joins(), fields, q.measures(), q.filters(), q.order(), q.limit(),
                q.distinct(), q.compare(), q.having());
    }

    /** The measure at {@code index} aggregates another column, its aggregation and conditions unchanged. */
    static NlQuery measureColumn(NlQuery q, int index, long columnId) {
        List<NlQuery.Measure> measures = new ArrayList<>(q.measures());
        NlQuery.Measure m = measures.get(index);
        measures.set(index, new NlQuery.Measure(m.aggregation(), m.tableId(), columnId, m.where(), m.operands()));
        return new NlQuery(q.tableId(), q.joins(), q.fields(), measures, q.filters(), q.order(), q.limit(),
                q.distinct(), q.compare(), q.having());
    }

    /** Without the filter at {@code index}; without the period it was compared with too, when it was that period. */
    static NlQuery withoutFilter(NlQuery q, int index) {
        List<NlQuery.Condition> filters = new ArrayList<>(q.filters());
        NlQuery.Condition removed = filters.remove(index);
        NlQuery.Compare compare = q.compare();
        if (compare != null && compare.previousFrom() != null && removed.columnId() == compare.columnId()
                && removed.operator() == NlQuery.Operator.TIME_RANGE) {
            compare = null;
        }
        return new NlQuery(q.tableId(), q.joins(), q.fields(), q.measures(), filters, q.order(), q.limit(),
                q.distinct(), compare, q.having());
    }

    /** The filter at {@code index} with other values, its column and operator unchanged. */
    static NlQuery filterValues(NlQuery q, int index, List<String> values) {
        List<NlQuery.Condition> filters = new ArrayList<>(q.filters());
        NlQuery.Condition c = filters.get(index);
        filters.set(index, new NlQuery.Condition(c.columnId(), c.operator(), values, c.negated(), c.ignoreCase()));
        return new NlQuery(q.tableId(), q.joins(), q.fields(), q.measures(), filters, q.order(), q.limit(),
                q.distinct(), q.compare(), q.having());
    }

    /** Another row limit; null or below 1 removes it. */
    static NlQuery limit(NlQuery q, Integer limit) {
        return new NlQuery(q.tableId(), q.joins(), q.fields(), q.measures(), q.filters(), q.order(),
                limit == null || limit < 1 ? null : limit, q.distinct(), q.compare(), q.having());
    }

    /**
     * Values as typed in one box: separated by commas, each trimmed, empty ones dropped. A time range keeps its two
     * places (an empty one is an open end), so "2024-01-01," is "from 2024-01-01".
     */
    static List<String> values(String text, NlQuery.Operator operator) {
        String typed = text == null ? "" : text;
        if (operator == NlQuery.Operator.TIME_RANGE || operator == NlQuery.Operator.BETWEEN) {
            String[] ends = typed.split(",", -1);
            String from = ends.length > 0 ? ends[0].strip() : "";
            String to = ends.length > 1 ? ends[1].strip() : "";
            return List.of(from, to);
        }
        return Arrays.stream(typed.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /** The values of a condition as {@link #values} reads them back. */
    static String text(NlQuery.Condition condition) {
        return String.join(", ", condition.values());
    }
}
