package com.insightiq.viz.control;

import static com.insightiq.viz.control.VizSamples.data;
import static com.insightiq.viz.control.VizSamples.datasets;
import static com.insightiq.viz.control.VizSamples.json;
import static com.insightiq.viz.control.VizSamples.labels;
import static com.insightiq.viz.control.VizSamples.render;
import static com.insightiq.viz.control.VizSamples.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.viz.boundary.RenderedViz;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OtherChartsTest {
    private static final List<String> STEPS = List.of("step:text", "people:bigint");

    private static JsonObject hints(RenderedViz viz) {
        return json(viz.chartConfig()).getJsonObject("options").getJsonObject("plugins").getJsonObject("insightiq");
    }

    @Test
    void pieSortsSlicesLargestFirstAndDonutIsADoughnut() {
        RenderedViz pie = render(data(STEPS, new Object[] {"a", 10L}, new Object[] {"b", 30L},
                new Object[] {"c", -5L}), "pie", Map.of());
        assertEquals("pie", json(pie.chartConfig()).getString("type"));
        assertEquals(List.of("b", "a"), labels(pie));
        assertEquals(List.of(30.0, 10.0), values(datasets(pie).getJsonObject(0)));
        assertEquals(0.75, hints(pie).getJsonArray("percentages").getJsonNumber(0).doubleValue(), 1e-9);
        assertEquals(1, pie.notes().size());
        RenderedViz donut = render(data(STEPS, new Object[] {"a", 10L}), "pie", Map.of("donut", true));
        assertEquals("doughnut", json(donut.chartConfig()).getString("type"));
    }

    @Test
    void pieFoldsSmallSlicesIntoOther() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            rows.add(List.of("s" + i, (long) i));
        }
        RenderedViz pie = render(data(STEPS, rows), "pie", Map.of());
        assertEquals(12, labels(pie).size());
        assertEquals("Other", labels(pie).get(11));
        assertEquals(45.0, values(datasets(pie).getJsonObject(0)).get(11));
    }

    @Test
    void funnelIsHorizontalDescendingWithSharesInLabels() {
        RenderedViz funnel = render(data(STEPS, new Object[] {"Bought", 25L}, new Object[] {"Visited", 100L},
                new Object[] {"Carted", 50L}), "funnel", Map.of());
        assertEquals("y", json(funnel.chartConfig()).getJsonObject("options").getString("indexAxis"));
        assertEquals(List.of("Visited (100%)", "Carted (50%)", "Bought (25%)"), labels(funnel));
    }

    @Test
    void waterfallFloatsBarsFromTheRunningTotalAndEndsWithTheTotal() {
        RenderedViz viz = render(data(STEPS, new Object[] {"start", 100L}, new Object[] {"costs", -30L},
                new Object[] {"sales", 50L}), "waterfall", Map.of());
        assertEquals(List.of("start", "costs", "sales", "Total"), labels(viz));
        JsonArray bars = datasets(viz).getJsonObject(0).getJsonArray("data");
        assertEquals(100.0, bars.getJsonArray(1).getJsonNumber(0).doubleValue());
        assertEquals(70.0, bars.getJsonArray(1).getJsonNumber(1).doubleValue());
        assertEquals(120.0, bars.getJsonArray(2).getJsonNumber(1).doubleValue());
        assertEquals(0.0, bars.getJsonArray(3).getJsonNumber(0).doubleValue());
        assertEquals(120.0, bars.getJsonArray(3).getJsonNumber(1).doubleValue());
        assertEquals(WaterfallChart.DECREASE, datasets(viz).getJsonObject(0).getJsonArray("backgroundColor")
                .getString(1));
    }

    @Test
    void histogramBinsEqualWidthsAndCountsEveryValue() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i <= 100; i++) {
            rows.add(List.of((long) i));
        }
        RenderedViz viz = render(data(List.of("age:integer"), rows), "histogram", Map.of("bins", 10));
        assertEquals(10, labels(viz).size());
        assertEquals("0–10", labels(viz).get(0));
        assertEquals("90–100", labels(viz).get(9));
        List<Double> counts = values(datasets(viz).getJsonObject(0));
        assertEquals(101.0, counts.stream().mapToDouble(Double::doubleValue).sum());
        assertEquals(10.0, counts.get(0));
        assertEquals(11.0, counts.get(9));
        assertEquals(1, datasets(viz).getJsonObject(0).getInt("barPercentage"));
    }

    @Test
    void scatterAndBubble() {
        RenderedViz scatter = render(data(List.of("price:numeric", "sold:integer", "stock:integer"),
                new Object[] {1.5, 10L, 4L}, new Object[] {0.5, 20L, 16L}), "scatter", Map.of());
        assertEquals("scatter", json(scatter.chartConfig()).getString("type"));
        JsonArray points = datasets(scatter).getJsonObject(0).getJsonArray("data");
        assertEquals(0.5, points.getJsonObject(0).getJsonNumber("x").doubleValue());
        assertEquals(20.0, points.getJsonObject(0).getJsonNumber("y").doubleValue());

        RenderedViz bubble = render(data(List.of("price:numeric", "sold:integer", "stock:integer"),
                new Object[] {1.5, 10L, 4L}, new Object[] {0.5, 20L, 16L}), "scatter",
                Map.of("dimension", "price", "metrics", List.of("sold"), "bubble", "stock"));
        assertEquals("bubble", json(bubble.chartConfig()).getString("type"));
        JsonArray sized = datasets(bubble).getJsonObject(0).getJsonArray("data");
        assertEquals(DistributionCharts.MAX_RADIUS, sized.getJsonObject(0).getJsonNumber("r").doubleValue(), 1e-9);
        assertTrue(sized.getJsonObject(1).getJsonNumber("r").doubleValue() < DistributionCharts.MAX_RADIUS);
    }

    @Test
    void gaugeIsAHalfDoughnutWithSegmentsAndAScalar() {
        RenderedViz viz = render(data(List.of("score:integer"), new Object[] {72L}), "gauge",
                Map.of("gauge", Map.of("min", 0, "max", 100, "segments", List.of(
                        Map.of("to", 50, "color", "#e15759", "label", "bad"),
                        Map.of("to", 100, "color", "green", "label", "good")))));
        JsonObject config = json(viz.chartConfig());
        assertEquals("doughnut", config.getString("type"));
        assertEquals(180, config.getJsonObject("options").getInt("circumference"));
        assertEquals(270, config.getJsonObject("options").getInt("rotation"));
        assertEquals(List.of("bad", "good"), labels(viz));
        assertEquals(List.of(72.0, 28.0), values(datasets(viz).getJsonObject(1)));
        assertNotNull(viz.scalar());
        assertEquals("72", viz.scalar().formatted());
    }

    @Test
    void theChartConfigIsValidJsonEvenWithScriptLabelsAndQuotes() {
        String label = "<script>alert(\"x\")</script>";
        RenderedViz viz = render(data(STEPS, new Object[] {label, 1L}, new Object[] {"x".repeat(10_000), 2L}),
                "bar", Map.of());
        assertEquals(label, labels(viz).get(0));
        assertEquals(ValueFormats.MAX_LABEL, labels(viz).get(1).length());
    }

    @Test
    void aScatterOfNamedPointsUsesTheNameAsSeries() {
        RenderedViz viz = render(data(List.of("name:text", "price:numeric", "sold:integer"),
                new Object[] {"a", 1L, 10L}, new Object[] {"b", 2L, 20L}), "scatter", Map.of());
        assertEquals("scatter", viz.type());
        assertEquals("price", viz.effective().settings().get("dimension"));
        assertEquals("name", viz.effective().settings().get("series"));
        assertEquals(2, datasets(viz).size());
        assertEquals(20.0, datasets(viz).getJsonObject(1).getJsonArray("data").getJsonObject(0)
                .getJsonNumber("y").doubleValue());
    }

    @Test
    void lttbKeepsSharedLabelsForSeveralSeries() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            rows.add(List.of((long) i, Math.sin(i / 50.0), i == 1500 ? 100.0 : Math.cos(i / 70.0)));
        }
        RenderedViz viz = render(data(List.of("t:bigint:pk", "a:float8", "b:float8"), rows), "line", Map.of(),
                java.util.Locale.ENGLISH, java.time.ZoneOffset.UTC, 300);
        int shown = labels(viz).size();
        assertTrue(shown >= 300 && shown <= 600, "shown " + shown);
        assertEquals(shown, values(datasets(viz).getJsonObject(0)).size());
        assertEquals(shown, values(datasets(viz).getJsonObject(1)).size());
        int spike = labels(viz).indexOf("1500");
        assertTrue(spike > 0);
        assertEquals(100.0, values(datasets(viz).getJsonObject(1)).get(spike));
    }
}
