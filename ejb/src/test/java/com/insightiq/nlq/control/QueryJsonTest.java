package com.insightiq.nlq.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored shape of a query: what verified answers and feedback keep must read back as the same query. */
class QueryJsonTest {

    @Test
    void aQueryRankedByAMeasureItDoesNotShowReadsBackTheSame() {
        NlQuery query = new NlQuery(1, List.of(new NlQuery.Join(11, 21)), List.of(new NlQuery.Field(22, null)),
                List.of(NlQuery.Measure.of(NlQuery.Aggregation.COUNT, 1L, null)), List.of(),
                List.of(new NlQuery.Order(0, null, true, true)), 1, false, null, List.of());
        NlQuery back = QueryJson.parse(QueryJson.of(query));
        assertEquals(query, back);
        assertFalse(back.shows(0));
        assertEquals(0, back.shownMeasures());
    }

    @Test
    void anOrderStoredBeforeRankingOnlyExistedShowsItsMeasure() {
        NlQuery back = QueryJson.parse("{\"tableId\":1,\"fields\":[{\"columnId\":22}],\"measures\":[{\"aggregation\":"
                + "\"COUNT\",\"tableId\":1}],\"order\":[{\"measure\":0,\"descending\":true}],\"limit\":1,"
                + "\"distinct\":false}");
        assertEquals(List.of(new NlQuery.Order(0, null, true)), back.order());
        assertEquals(1, back.shownMeasures());
    }
}
