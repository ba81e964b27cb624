package com.insightiq.viz.control;

import static com.insightiq.viz.control.VizSamples.data;
import static com.insightiq.viz.control.VizSamples.json;
import static com.insightiq.viz.control.VizSamples.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.viz.boundary.RenderedViz;
import com.insightiq.viz.boundary.VizData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every type against results that break naive code: a render answers with a chart, a table or a note. */
class OddDataTest {
    private static final List<String> TYPES = List.of("table", "number", "trend", "progress", "gauge", "bar", "row",
            "line", "area", "combo", "pie", "scatter", "funnel", "waterfall", "histogram", "pivot");

    private static List<VizData> oddResults() {
        List<VizData> results = new ArrayList<>();
        results.add(data(List.of("a:text", "n:integer")));
        results.add(new VizData(List.of(), List.of(), false, 0));
        results.add(data(List.of("a:text", "n:integer"), new Object[] {"only", 1L}));
        results.add(data(List.of("a:text", "n:integer"), new Object[] {null, null}, new Object[] {null, null}));
        results.add(data(List.of("a:text", "n:float8"), new Object[] {"x", Double.NaN},
                new Object[] {"y", Double.POSITIVE_INFINITY}, new Object[] {"z", -0.0}));
        results.add(data(List.of("a:varchar", "n:numeric"), new Object[] {"x", "not a number"},
                new Object[] {42L, new BigDecimal("1E+400")}, new Object[] {LocalDate.of(2024, 1, 1), true}));
        results.add(data(List.of("a:text", "n:bigint"), new Object[] {"<script>alert(1)</script>", 1L},
                new Object[] {"y".repeat(10_000), 2L}, new Object[] {"\"'\\\u0000", 3L}));
        results.add(data(List.of("t:text", "u:text"), new Object[] {"a", "b"}, new Object[] {"c", "d"}));
        results.add(data(List.of("d:timestamptz", "n:integer"), new Object[] {OffsetDateTime.parse("2024-01-01T00:00Z"),
                1L}, new Object[] {"2024-01-02", 2L}, new Object[] {null, 3L}));
        results.add(data(List.of("arr:_int4", "t:time", "n:integer"), new Object[] {List.of(1, 2), LocalTime.NOON, 1L},
                new Object[] {List.of(), null, 2L}));
        List<List<Object>> shortRows = new ArrayList<>();
        shortRows.add(Arrays.asList("a"));
        shortRows.add(null);
        shortRows.add(Arrays.asList("b", 2L, "extra"));
        results.add(new VizData(data(List.of("a:text", "n:integer")).columns(), shortRows, true, 3));
        return results;
    }

    @Test
    void noOddResultBreaksAnyType() {
        int rendered = 0;
        for (VizData result : oddResults()) {
            for (String type : TYPES) {
                RenderedViz viz = render(result, type, Map.of("goal", 10, "bubble", "n", "series", "a"));
                assertNotNull(viz, type);
                boolean one = viz.chartConfig() != null || viz.scalar() != null || viz.table() != null
                        || viz.pivot() != null;
                assertTrue(one, type + " drew nothing for " + result.columns());
                if (viz.chartConfig() != null) {
                    assertEquals(type.equals("gauge") ? "doughnut" : json(viz.chartConfig()).getString("type"),
                            json(viz.chartConfig()).getString("type"));
                }
                if (viz.table() != null && !type.equals("table")) {
                    assertFalse(viz.notes().isEmpty(), type + " fell back to a table without saying why");
                }
                rendered++;
            }
        }
        assertEquals(oddResults().size() * TYPES.size(), rendered);
    }

    @Test
    void anEmptyResultIsAnEmptyTableWithANote() {
        RenderedViz viz = render(data(List.of("a:text", "n:integer")), "bar", Map.of());
        assertEquals("table", viz.type());
        assertEquals(List.of("The result has no rows."), viz.notes());
        assertEquals(0, viz.table().rows().size());
    }

    @Test
    void onlyTextColumnsCannotMakeABar() {
        RenderedViz viz = render(data(List.of("t:text", "u:text"), new Object[] {"a", "b"}), "bar", Map.of());
        assertEquals("table", viz.type());
        assertTrue(viz.notes().get(0).contains("needs a column to group by and a number column"));
    }

    @Test
    void aTruncatedResultSaysSo() {
        VizData cut = new VizData(data(List.of("a:text", "n:integer")).columns(),
                List.of(List.of("a", 1L), List.of("b", 2L)), true, 2);
        RenderedViz viz = render(cut, "bar", Map.of());
        assertEquals("rows", viz.sampling().method());
        assertTrue(viz.notes().contains("Only the first 2 rows of the result are drawn."));
    }
}
