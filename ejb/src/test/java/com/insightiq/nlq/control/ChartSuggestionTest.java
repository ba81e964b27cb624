package com.insightiq.nlq.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.insightiq.connection.control.TimeGrain;
import com.insightiq.query.control.ResultColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartSuggestionTest {
    private static final NlQuery.Measure COUNT = NlQuery.Measure.of(NlQuery.Aggregation.COUNT, 1L, null);

    private static NlQuery query(List<NlQuery.Field> fields, List<NlQuery.Measure> measures) {
        return new NlQuery(1, null, fields, measures, null, null, null, false, null, null);
    }

    @Test
    void oneNumberIsAScalar() {
        assertEquals("scalar", ChartSuggestion.of(query(null, List.of(COUNT)),
                List.of(new ResultColumn("count", "int8", null)), 1));
        assertEquals("scalar", ChartSuggestion.of(query(null, List.of(COUNT)), null, null), "before the result");
    }

    @Test
    void aMeasureOverTimeIsALine() {
        NlQuery byMonth = query(List.of(new NlQuery.Field(7, TimeGrain.MONTH)), List.of(COUNT));
        assertEquals("line", ChartSuggestion.of(byMonth, List.of(new ResultColumn("month", "timestamptz", null),
                new ResultColumn("count", "int8", null)), 12));
        NlQuery byDay = query(List.of(new NlQuery.Field(7, null)), List.of(COUNT));
        assertEquals("line", ChartSuggestion.of(byDay, List.of(new ResultColumn("day", "date", null),
                new ResultColumn("count", "int8", null)), 30));
    }

    @Test
    void aMeasurePerCategoryIsABar() {
        NlQuery byStatus = query(List.of(new NlQuery.Field(8, null)), List.of(COUNT));
        assertEquals("bar", ChartSuggestion.of(byStatus, List.of(new ResultColumn("status", "text", "category"),
                new ResultColumn("count", "int8", null)), 4));
    }

    @Test
    void rowsAndSeveralKeysAreATable() {
        assertEquals("table", ChartSuggestion.of(query(List.of(new NlQuery.Field(8, null)), null),
                List.of(new ResultColumn("status", "text", null)), 40));
        assertEquals("table", ChartSuggestion.of(query(List.of(new NlQuery.Field(8, null),
                new NlQuery.Field(9, null)), List.of(COUNT)), null, null));
        assertEquals("table", ChartSuggestion.of(null, null, null));
    }
}
