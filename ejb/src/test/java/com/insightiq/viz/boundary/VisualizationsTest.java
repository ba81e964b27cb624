package com.insightiq.viz.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.connection.entity.Engine;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.query.control.ResultColumn;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VisualizationsTest {
    private final Visualizations visualizations = new Visualizations();
    private final VizData sales = new VizData(List.of(new ResultColumn("region", "text", null),
            new ResultColumn("total", "numeric", null)), List.of(List.of("N", 1L), List.of("S", 2L)), false, 2);

    @Test
    void checkNamesTheUnknownTypeAndKey() {
        String type = assertThrows(InvalidInputException.class,
                () -> visualizations.check(new Visualization("sankey", Map.of()))).getMessage();
        assertTrue(type.startsWith("The visualization type \"sankey\" is not known; use one of table, number"), type);
        String key = assertThrows(InvalidInputException.class,
                () -> visualizations.check(new Visualization("bar", Map.of("stack", true)))).getMessage();
        assertEquals("The visualization setting \"stack\" is not known.", key);
    }

    @Test
    void renderWithoutARequestUsesTheSuggestion() {
        RenderedViz viz = visualizations.render(sales, null, Locale.ENGLISH, ZoneOffset.UTC);
        assertEquals("bar", viz.type());
        assertNotNull(viz.chartConfig());
    }

    @Test
    void storedSettingsThatNoLongerPassStillRenderWithANote() {
        RenderedViz viz = visualizations.render(sales, new Visualization("bar", Map.of("stack", true)),
                Locale.ENGLISH, ZoneOffset.UTC);
        assertEquals("bar", viz.type());
        assertEquals("The visualization setting \"stack\" is not known.", viz.notes().get(0));
        RenderedViz unknown = visualizations.render(sales, new Visualization("sankey", Map.of()), Locale.ENGLISH,
                ZoneOffset.UTC);
        assertEquals("bar", unknown.type());
    }

    @Test
    void drillQuotesForTheSourceEngine() {
        DrillRequest rows = new DrillRequest("rows", Map.of("region", "N"), null);
        assertTrue(visualizations.drill("SELECT * FROM t", rows, sales.columns()).sql()
                .contains("drill_q.\"region\" = {{drill_1}}"));
        assertTrue(visualizations.drill("SELECT * FROM t", rows, sales.columns(), Engine.MYSQL).sql()
                .contains("drill_q.`region` = {{drill_1}}"));
    }
}
