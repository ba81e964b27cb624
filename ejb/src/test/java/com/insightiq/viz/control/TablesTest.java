package com.insightiq.viz.control;

import static com.insightiq.viz.control.VizSamples.data;
import static com.insightiq.viz.control.VizSamples.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.insightiq.viz.boundary.RenderedViz;
import com.insightiq.viz.boundary.TableViz;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TablesTest {
    private static final List<String> COLUMNS = List.of("id:bigint:pk", "name:text", "amount:numeric",
            "at:timestamptz");

    private static Object[][] rows() {
        return new Object[][] {
            {1001L, "<script>alert(1)</script>", new BigDecimal("1234.5"), OffsetDateTime.parse("2024-03-31T23:30Z")},
            {1002L, "Bob", new BigDecimal("-20"), null},
            {1003L, null, 0.25, OffsetDateTime.parse("2024-01-01T12:00Z")}};
    }

    @Test
    void cellsAreFormattedPerColumnAndTextIsKeptAsTyped() {
        RenderedViz viz = render(data(COLUMNS, rows()), "table", Map.of("numberFormat", Map.of("decimals", 2)),
                Locale.GERMAN, ZoneId.of("Europe/Berlin"), 2000);
        TableViz t = viz.table();
        assertEquals(List.of("right", "left", "right", "left"), t.columns().stream().map(TableViz.Column::align)
                .toList());
        assertEquals("1001", t.rows().get(0).get(0).text());
        assertEquals("<script>alert(1)</script>", t.rows().get(0).get(1).text());
        assertEquals("1.234,50", t.rows().get(0).get(2).text());
        assertEquals("01.04.2024, 01:30", t.rows().get(0).get(3).text());
        assertEquals("", t.rows().get(1).get(3).text());
        assertNull(t.totals());
    }

    @Test
    void columnsCanBeRenamedReorderedHiddenAndFormatted() {
        Map<String, Object> table = Map.of("columns", List.of(
                Map.of("name", "amount", "title", "Amount (€)", "numberFormat",
                        Map.of("style", "currency", "currency", "EUR")),
                Map.of("name", "id", "hidden", true)));
        TableViz t = render(data(COLUMNS, rows()), "table", Map.of("table", table), Locale.GERMANY,
                ZoneId.of("UTC"), 2000).table();
        assertEquals(List.of("amount", "name", "at"), t.columns().stream().map(TableViz.Column::name).toList());
        assertEquals("Amount (€)", t.columns().get(0).title());
        assertEquals("1.234,50\u00a0€", t.rows().get(0).get(0).text());
    }

    @Test
    void conditionalColoursMarkTheCellsWhereTheRuleHolds() {
        Map<String, Object> table = Map.of("conditional", List.of(
                Map.of("column", "amount", "op", "lt", "value", 0, "background", "#fdd", "color", "darkred"),
                Map.of("column", "amount", "op", "between", "value", 1000, "value2", 2000, "background",
                        "rgb(200, 255, 200)"),
                Map.of("column", "name", "op", "contains", "value", "BO", "background", "yellow")));
        TableViz t = render(data(COLUMNS, rows()), "table", Map.of("table", table)).table();
        assertEquals("rgb(200, 255, 200)", t.rows().get(0).get(2).background());
        assertNull(t.rows().get(0).get(2).color());
        assertEquals("#fdd", t.rows().get(1).get(2).background());
        assertEquals("darkred", t.rows().get(1).get(2).color());
        assertNull(t.rows().get(2).get(2).background());
        assertEquals("yellow", t.rows().get(1).get(1).background());
        assertNull(t.rows().get(0).get(1).background());
    }

    @Test
    void totalsSumTheMeasureColumns() {
        TableViz t = render(data(List.of("name:text", "id:bigint:pk", "amount:numeric", "n:integer"),
                new Object[] {"a", 1L, new BigDecimal("10.10"), 1L}, new Object[] {"b", 2L, 2.5, null},
                new Object[] {"c", 3L, null, 4L}), "table", Map.of("table", Map.of("totals", true))).table();
        List<TableViz.Cell> totals = t.totals();
        assertEquals("Total", totals.get(0).text());
        assertEquals("", totals.get(1).text());
        assertEquals(0, new BigDecimal("12.6").compareTo((BigDecimal) totals.get(2).raw()));
        assertEquals("12.6", totals.get(2).text());
        assertEquals(0, BigDecimal.valueOf(5).compareTo((BigDecimal) totals.get(3).raw()));
    }

    @Test
    void longResultsShowTheFirstPageButTotalEverything() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            rows.add(List.of("r" + i, 1L));
        }
        RenderedViz viz = render(data(List.of("name:text", "n:bigint"), rows), "table",
                Map.of("table", Map.of("totals", true)));
        assertEquals(Tables.MAX_ROWS, viz.table().rows().size());
        assertEquals("2,500", viz.table().totals().get(1).text());
        assertEquals("rows", viz.sampling().method());
        assertEquals(1, viz.notes().size());
    }
}
