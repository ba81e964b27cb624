package com.insightiq.viz.control;

import static com.insightiq.viz.control.VizSamples.data;
import static com.insightiq.viz.control.VizSamples.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.insightiq.viz.boundary.PivotViz;
import com.insightiq.viz.boundary.PivotViz.Cell;
import com.insightiq.viz.boundary.RenderedViz;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PivotsTest {
    private static final List<String> COLUMNS = List.of("region:text", "product:text", "year:integer",
            "channel:text", "amount:numeric");

    private static Object[][] rows() {
        return new Object[][] {
            {"N", "A", 2023L, "web", 10L}, {"N", "A", 2024L, "web", 20L}, {"N", "B", 2023L, "shop", 30L},
            {"S", "A", 2024L, "shop", 40L}, {"S", "B", 2024L, "web", 50L}, {"S", "B", 2024L, "shop", 60L}};
    }

    private static PivotViz pivot(Map<String, Object> pivot) {
        RenderedViz viz = render(data(COLUMNS, rows()), "pivot", Map.of("pivot", pivot));
        assertEquals("pivot", viz.type());
        assertNotNull(viz.pivot());
        return viz.pivot();
    }

    private static List<Double> raws(List<Cell> line, String kind) {
        return line.stream().filter(c -> c.kind().equals(kind)).map(c -> c.raw() == null ? null
                : ((Number) c.raw()).doubleValue()).toList();
    }

    @Test
    void totalsEqualTheSumsOfTheirCells() {
        PivotViz p = pivot(Map.of("rows", List.of("region", "product"), "columns", List.of("year"),
                "values", List.of(Map.of("column", "amount", "aggregation", "sum"))));
        // header: corner (2 columns wide), 2023, 2024, Total
        List<Cell> head = p.header().get(0);
        assertEquals("corner", head.get(0).kind());
        assertEquals(2, head.get(0).colspan());
        assertEquals(List.of("2023", "2024", "Total"), head.subList(1, 4).stream().map(Cell::text).toList());
        // body: N/A, N/B, N subtotal, S/A, S/B, S subtotal, grand total
        assertEquals(7, p.body().size());
        List<Cell> na = p.body().get(0);
        assertEquals("N", na.get(0).text());
        assertEquals(2, na.get(0).rowspan());
        assertEquals("A", na.get(1).text());
        assertEquals(List.of(10.0, 20.0), raws(na, "value"));
        assertEquals(List.of(30.0), raws(na, "total"));
        List<Cell> nSub = p.body().get(2);
        assertEquals("Total N", nSub.get(0).text());
        assertEquals(List.of(40.0, 20.0), raws(nSub, "subtotal").subList(1, 3));
        assertEquals(List.of(60.0), raws(nSub, "total"));
        List<Cell> sb = p.body().get(4);
        assertEquals("B", sb.get(0).text());
        assertEquals(List.of(110.0), raws(sb, "value").stream().filter(v -> v != null).toList());
        List<Cell> grand = p.body().get(6);
        assertEquals("Total", grand.get(0).text());
        assertEquals(List.of(40.0, 170.0, 210.0), raws(grand, "total").subList(1, 4));
    }

    @Test
    void averagesTotalOverAllRowsAndSeveralValuesGetTheirOwnHeaderRow() {
        PivotViz p = pivot(Map.of("rows", List.of("region"), "columns", List.of("channel"),
                "values", List.of(Map.of("column", "amount", "aggregation", "avg"),
                        Map.of("column", "amount", "aggregation", "count"))));
        assertEquals(2, p.header().size());
        assertEquals(List.of("shop", "web", "Total"), p.header().get(0).subList(1, 4).stream().map(Cell::text)
                .toList());
        assertEquals(2, p.header().get(0).get(1).colspan());
        assertEquals(6, p.header().get(1).size());
        List<Cell> grand = p.body().get(p.body().size() - 1);
        // avg over all six rows = 35, not the average of averages
        assertEquals(35.0, ((Number) grand.get(5).raw()).doubleValue());
        assertEquals(6.0, ((Number) grand.get(6).raw()).doubleValue());
        assertEquals("6", grand.get(6).text());
    }

    @Test
    void nestedColumnHeadersSpanTheirChildren() {
        PivotViz p = pivot(Map.of("rows", List.of("region"), "columns", List.of("year", "channel"),
                "values", List.of(Map.of("column", "amount", "aggregation", "max"))));
        assertEquals(2, p.header().size());
        List<Cell> years = p.header().get(0);
        assertEquals("2023", years.get(1).text());
        assertEquals(2, years.get(1).colspan());
        assertEquals("2024", years.get(2).text());
        assertEquals(2, years.get(2).colspan());
        assertEquals(List.of("shop", "web", "shop", "web"), p.header().get(1).stream().map(Cell::text).toList());
        List<Cell> north = p.body().get(0);
        assertEquals(java.util.Arrays.asList(30.0, 10.0, null, 20.0), raws(north, "value"));
        assertEquals(List.of(30.0), raws(north, "total"));
    }

    @Test
    void withoutSettingsThePivotGroupsByTheFirstTwoCategories() {
        PivotViz p = render(data(List.of("region:text", "product:text", "amount:numeric"),
                new Object[] {"N", "A", 1L}, new Object[] {"S", "B", 2L}), "pivot", Map.of()).pivot();
        List<Cell> grand = p.body().get(p.body().size() - 1);
        assertEquals(3.0, ((Number) grand.get(grand.size() - 1).raw()).doubleValue());
    }
}
