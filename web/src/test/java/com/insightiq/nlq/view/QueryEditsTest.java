package com.insightiq.nlq.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.insightiq.connection.control.TimeGrain;
import com.insightiq.nlq.control.NlQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryEditsTest {
    private static final NlQuery.Condition COUNTRY = new NlQuery.Condition(7, NlQuery.Operator.EQUALS,
            List.of("Germany"), false, true);
    private static final NlQuery.Condition YEAR = new NlQuery.Condition(5, NlQuery.Operator.TIME_RANGE,
            List.of("2024-01-01", "2025-01-01"), false, false);
    private static final NlQuery QUERY = new NlQuery(1, List.of(new NlQuery.Join(3, 9)),
            List.of(new NlQuery.Field(5, TimeGrain.MONTH)),
            List.of(NlQuery.Measure.of(NlQuery.Aggregation.SUM, 1L, 4L)), List.of(COUNTRY, YEAR),
            List.of(new NlQuery.Order(0, null, true)), 10, false, null, null);

    @Test
    void aFieldTakesAnotherColumnOrGrainAndNothingElseChanges() {
        NlQuery edited = QueryEdits.field(QUERY, 0, 6, TimeGrain.QUARTER);
        assertEquals(List.of(new NlQuery.Field(6, TimeGrain.QUARTER)), edited.fields());
        assertEquals(QUERY, QueryEdits.field(edited, 0, 5, TimeGrain.MONTH));
    }

    @Test
    void aMeasureAggregatesAnotherColumn() {
        NlQuery edited = QueryEdits.measureColumn(QUERY, 0, 8);
        assertEquals(NlQuery.Measure.of(NlQuery.Aggregation.SUM, 1L, 8L), edited.measures().get(0));
        assertEquals(QUERY.filters(), edited.filters());
    }

    @Test
    void aFilterIsRemovedOrGetsOtherValues() {
        assertEquals(List.of(YEAR), QueryEdits.withoutFilter(QUERY, 0).filters());
        NlQuery france = QueryEdits.filterValues(QUERY, 0, QueryEdits.values("France, Italy ,", COUNTRY.operator()));
        assertEquals(new NlQuery.Condition(7, NlQuery.Operator.EQUALS, List.of("France", "Italy"), false, true),
                france.filters().get(0));
    }

    @Test
    void removingTheComparedPeriodRemovesTheComparisonOtherFiltersKeepIt() {
        NlQuery.Compare lastYear = new NlQuery.Compare(5, null, "2023-01-01", "2024-01-01");
        NlQuery compared = new NlQuery(1, QUERY.joins(), List.of(), QUERY.measures(), QUERY.filters(), List.of(),
                null, false, lastYear, null);
        assertNull(QueryEdits.withoutFilter(compared, 1).compare(), "without 2024 there is nothing to compare");
        assertEquals(lastYear, QueryEdits.withoutFilter(compared, 0).compare());
    }

    @Test
    void aRangeKeepsItsOpenEnd() {
        assertEquals(List.of("2024-01-01", ""), QueryEdits.values("2024-01-01,", NlQuery.Operator.TIME_RANGE));
        assertEquals(List.of("", "2025-01-01"), QueryEdits.values(" , 2025-01-01", NlQuery.Operator.TIME_RANGE));
        assertEquals("2024-01-01, 2025-01-01", QueryEdits.text(YEAR));
    }

    @Test
    void aLimitBelowOneIsNoLimit() {
        assertEquals(25, QueryEdits.limit(QUERY, 25).limit());
        assertNull(QueryEdits.limit(QUERY, 0).limit());
        assertNull(QueryEdits.limit(QUERY, null).limit());
    }
}
