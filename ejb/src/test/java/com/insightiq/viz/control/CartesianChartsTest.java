package com.insightiq.viz.control;

import static com.insightiq.viz.control.VizSamples.data;
import static com.insightiq.viz.control.VizSamples.datasets;
import static com.insightiq.viz.control.VizSamples.json;
import static com.insightiq.viz.control.VizSamples.labels;
import static com.insightiq.viz.control.VizSamples.render;
import static com.insightiq.viz.control.VizSamples.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.viz.boundary.RenderedViz;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CartesianChartsTest {
    private static final List<String> SALES = List.of("region:varchar", "product:text", "total:numeric");

    private static Object[][] sales() {
        return new Object[][] {
            {"North", "A", new BigDecimal("10")}, {"North", "B", new BigDecimal("30")},
            {"South", "A", new BigDecimal("5")}, {"South", "B", new BigDecimal("15")}, {"North", "A", 2L}};
    }

    @Test
    void barGroupsByDimensionAndSumsDuplicateRows() {
        RenderedViz viz = render(data(List.of("region:varchar", "total:numeric"), new Object[] {"North", 10L},
                new Object[] {"South", 4.5}, new Object[] {"North", 2L}), "bar", Map.of());
        assertEquals("bar", viz.type());
        assertEquals(List.of("North", "South"), labels(viz));
        assertEquals(1, datasets(viz).size());
        assertEquals(List.of(12.0, 4.5), values(datasets(viz).getJsonObject(0)));
        assertEquals("total", datasets(viz).getJsonObject(0).getString("label"));
        assertEquals("region", viz.effective().settings().get("dimension"));
    }

    @Test
    void breakoutMakesOneDatasetPerSeriesValue() {
        RenderedViz viz = render(data(SALES, sales()), "bar", Map.of("series", "product"));
        assertEquals(List.of("North", "South"), labels(viz));
        assertEquals("A", datasets(viz).getJsonObject(0).getString("label"));
        assertEquals(List.of(12.0, 5.0), values(datasets(viz).getJsonObject(0)));
        assertEquals(List.of(30.0, 15.0), values(datasets(viz).getJsonObject(1)));
        JsonObject drill = json(viz.chartConfig()).getJsonObject("options").getJsonObject("plugins")
                .getJsonObject("insightiq").getJsonObject("drill");
        assertEquals("region", drill.getString("dimension"));
        assertEquals("UTC", json(viz.chartConfig()).getJsonObject("options").getJsonObject("plugins")
                .getJsonObject("insightiq").getString("timeZone"));
        assertEquals("product", drill.getString("series"));
        assertEquals("B", drill.getJsonArray("seriesValues").getString(1));
    }

    @Test
    void stackedSetsBothAxesAndNormalizedSumsToHundred() {
        RenderedViz stacked = render(data(SALES, sales()), "bar", Map.of("series", "product", "stacking", "stacked"));
        JsonObject scales = json(stacked.chartConfig()).getJsonObject("options").getJsonObject("scales");
        assertTrue(scales.getJsonObject("x").getBoolean("stacked"));
        assertTrue(scales.getJsonObject("y").getBoolean("stacked"));

        RenderedViz normalized = render(data(SALES, sales()), "bar",
                Map.of("series", "product", "stacking", "normalized"));
        List<Double> a = values(datasets(normalized).getJsonObject(0));
        List<Double> b = values(datasets(normalized).getJsonObject(1));
        assertEquals(100.0, a.get(0) + b.get(0), 1e-9);
        assertEquals(25.0, a.get(1), 1e-9);
        assertEquals(100, json(normalized.chartConfig()).getJsonObject("options").getJsonObject("scales")
                .getJsonObject("y").getInt("max"));
    }

    @Test
    void rowIsAHorizontalBar() {
        RenderedViz viz = render(data(SALES, sales()), "row", Map.of());
        assertEquals("y", json(viz.chartConfig()).getJsonObject("options").getString("indexAxis"));
        assertEquals("bar", json(viz.chartConfig()).getString("type"));
    }

    @Test
    void lineSortsTimeAndLabelsByMonth() {
        RenderedViz viz = render(data(List.of("month:date", "orders:bigint"),
                new Object[] {LocalDate.of(2024, 2, 1), 20L}, new Object[] {LocalDate.of(2024, 1, 1), 10L},
                new Object[] {LocalDate.of(2024, 3, 1), null}), "line", Map.of());
        assertEquals(List.of("Jan 2024", "Feb 2024", "Mar 2024"), labels(viz));
        List<Double> values = values(datasets(viz).getJsonObject(0));
        assertEquals(10.0, values.get(0));
        assertEquals(20.0, values.get(1));
        assertNull(values.get(2));
        assertEquals("2024-01-01", json(viz.chartConfig()).getJsonObject("options").getJsonObject("plugins")
                .getJsonObject("insightiq").getJsonObject("drill").getJsonArray("values").getString(0));
    }

    @Test
    void areaStacksByDefaultAndFillsToThePreviousSeries() {
        RenderedViz viz = render(data(List.of("day:date", "a:integer", "b:integer"),
                new Object[] {LocalDate.of(2024, 1, 1), 1L, 2L}, new Object[] {LocalDate.of(2024, 1, 2), 3L, 4L}),
                "area", Map.of());
        assertEquals("line", json(viz.chartConfig()).getString("type"));
        assertEquals("origin", datasets(viz).getJsonObject(0).getString("fill"));
        assertEquals("-1", datasets(viz).getJsonObject(1).getString("fill"));
        assertTrue(json(viz.chartConfig()).getJsonObject("options").getJsonObject("scales").getJsonObject("y")
                .getBoolean("stacked"));
    }

    @Test
    void comboDrawsTheLastMetricAsALineOnTheRightAxis() {
        RenderedViz viz = render(data(List.of("region:text", "revenue:numeric", "margin:float8"),
                new Object[] {"N", 100L, 0.2}, new Object[] {"S", 50L, 0.4}), "combo", Map.of());
        assertEquals("bar", datasets(viz).getJsonObject(0).getString("type"));
        assertEquals("line", datasets(viz).getJsonObject(1).getString("type"));
        assertEquals("y1", datasets(viz).getJsonObject(1).getString("yAxisID"));
        assertEquals("right", json(viz.chartConfig()).getJsonObject("options").getJsonObject("scales")
                .getJsonObject("y1").getString("position"));
    }

    @Test
    void goalIsADashedLineDataset() {
        RenderedViz viz = render(data(SALES, sales()), "bar", Map.of("goal", 25));
        JsonObject goal = datasets(viz).getJsonObject(datasets(viz).size() - 1);
        assertEquals("line", goal.getString("type"));
        assertEquals(List.of(25.0, 25.0), values(goal));
        assertEquals(2, goal.getJsonArray("borderDash").size());
    }

    @Test
    void manyCategoriesFoldIntoOther() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            rows.add(List.of("c" + i, (long) i));
        }
        RenderedViz viz = render(data(List.of("name:text", "n:bigint"), rows), "bar", Map.of());
        List<String> labels = labels(viz);
        assertEquals(50, labels.size());
        assertEquals("Other", labels.get(49));
        assertEquals("c31", labels.get(0));
        double other = 0;
        for (int i = 0; i <= 30; i++) {
            other += i;
        }
        assertEquals(other, values(datasets(viz).getJsonObject(0)).get(49));
        assertEquals("top", viz.sampling().method());
        assertEquals(80, viz.sampling().sourcePoints());
        assertFalse(viz.notes().isEmpty());
    }

    @Test
    void longLinesAreDownsampledWithLttbAndAnimationOff() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(List.of((long) i, Math.sin(i / 100.0)));
        }
        RenderedViz viz = render(data(List.of("t:bigint:pk", "v:float8"), rows), "line", Map.of(), java.util.Locale.ENGLISH,
                java.time.ZoneOffset.UTC, 500);
        assertEquals(500, labels(viz).size());
        assertEquals("lttb", viz.sampling().method());
        assertEquals(10_000, viz.sampling().sourcePoints());
        assertEquals(500, viz.sampling().shownPoints());
        assertEquals("0", labels(viz).get(0));
        assertEquals("9999", labels(viz).get(499));
        assertTrue(viz.notes().get(0).startsWith("Showing 500 of 10,000 points"));
    }

    @Test
    void aSettingNamingAMissingColumnFallsBackWithANote() {
        RenderedViz viz = render(data(SALES, sales()), "bar", Map.of("dimension", "gone", "metrics", List.of("nope")));
        assertEquals("bar", viz.type());
        assertEquals(2, viz.notes().size());
        assertEquals("region", viz.effective().settings().get("dimension"));
    }

    @Test
    void fiftyThousandTimePointsRenderAsTwoThousand() {
        List<List<Object>> rows = new ArrayList<>();
        java.time.OffsetDateTime start = java.time.OffsetDateTime.parse("2020-01-01T00:00Z");
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 50_000; i++) {
            rows.add(List.of(start.plusMinutes(10L * i), random.nextGaussian() * 10 + i / 1000.0));
        }
        var data = data(List.of("at:timestamptz", "value:float8"), rows);
        for (int warm = 0; warm < 30; warm++) {
            render(data, "line", Map.of());
        }
        long begin = System.nanoTime();
        RenderedViz viz = render(data, "line", Map.of());
        System.out.println("Line of 50,000 points rendered (after warm-up) in " + (System.nanoTime() - begin) / 1_000_000 + " ms, "
                + viz.chartConfig().length() + " characters of JSON");
        assertEquals(2000, labels(viz).size());
        assertEquals(2000, values(datasets(viz).getJsonObject(0)).size());
        assertEquals(new com.insightiq.viz.boundary.Sampling("lttb", 50_000, 2000), viz.sampling());
        assertEquals("Jan 1, 2020, 12:00 AM", labels(viz).get(0).replace('\u202f', ' '));
        assertTrue(json(viz.chartConfig()).getJsonObject("options").containsKey("animation"));
    }

    @Test
    void drillValuesOfInstantsAreTheReportingZonesWallClock() {
        RenderedViz viz = render(data(List.of("at:timestamptz", "n:bigint"),
                new Object[] {java.time.OffsetDateTime.parse("2024-03-31T23:30Z"), 1L},
                new Object[] {java.time.OffsetDateTime.parse("2024-04-01T08:00Z"), 2L}), "line", Map.of(),
                java.util.Locale.ENGLISH, java.time.ZoneId.of("Europe/Berlin"), 2000);
        assertEquals("Apr 1, 2024, 1:30 AM", labels(viz).get(0).replace('\u202f', ' '));
        JsonObject drill = json(viz.chartConfig()).getJsonObject("options").getJsonObject("plugins")
                .getJsonObject("insightiq").getJsonObject("drill");
        assertEquals("2024-04-01T01:30", drill.getJsonArray("values").getString(0));
        assertEquals("minute", drill.getString("dateGrain"));
    }
}
