package com.insightiq.viz.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.platform.control.InvalidInputException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsCheckTest {
    private static String refused(Map<String, Object> settings) {
        return assertThrows(InvalidInputException.class, () -> SettingsCheck.check(settings)).getMessage();
    }

    @Test
    void everyDocumentedKeyIsAccepted() {
        Map<String, Object> all = new HashMap<>();
        all.put("dimension", "month");
        all.put("metrics", List.of("orders", "revenue"));
        all.put("series", "region");
        all.put("stacking", "normalized");
        all.put("donut", true);
        all.put("bubble", "size");
        all.put("bins", new BigDecimal("20"));
        all.put("goal", 1.5);
        all.put("rightAxis", List.of("revenue"));
        all.put("lineMetrics", List.of("revenue"));
        all.put("colors", Map.of("North", "#4e79a7", "South", "hsl(10, 50%, 40%)", "West", "rgba(1,2,3,0.5)",
                "East", "teal"));
        all.put("labels", false);
        all.put("legend", "bottom");
        all.put("sort", "value-desc");
        all.put("xAxis", Map.of("title", "Month", "scale", "linear"));
        all.put("yAxis", Map.of("min", 0, "max", 100, "scale", "log"));
        all.put("numberFormat", Map.of("style", "currency", "currency", "EUR", "decimals", 2, "compact", true,
                "prefix", "~", "suffix", "!"));
        all.put("dateGrain", "quarter");
        all.put("table", Map.of("columns", List.of(Map.of("name", "a", "title", "A", "hidden", false)),
                "conditional", List.of(Map.of("column", "a", "op", "between", "value", 1, "value2", 2,
                        "background", "#fff", "color", "black")), "totals", true));
        all.put("pivot", Map.of("rows", List.of("a"), "columns", List.of("b"),
                "values", List.of(Map.of("column", "c", "aggregation", "avg"))));
        all.put("gauge", Map.of("min", 0, "max", 10, "segments", List.of(Map.of("to", 5, "color", "red",
                "label", "low"))));
        all.put("trend", Map.of());
        all.put("series", null);
        assertDoesNotThrow(() -> SettingsCheck.check(all));
    }

    @Test
    void unknownKeysAreNamed() {
        assertEquals("The visualization setting \"colour\" is not known.", refused(Map.of("colour", "red")));
        assertTrue(refused(Map.of("table", Map.of("totals", true, "sum", true))).contains("\"table.sum\""));
    }

    @Test
    void wrongTypesAndChoicesAreNamed() {
        assertEquals("The visualization setting \"donut\" must be true or false.", refused(Map.of("donut", "yes")));
        assertEquals("The visualization setting \"metrics\" must be a list.", refused(Map.of("metrics", 3)));
        assertTrue(refused(Map.of("stacking", "pile")).startsWith("The visualization setting \"stacking\" must be one"
                + " of none, stacked, normalized"));
        assertTrue(refused(Map.of("bins", 2.5)).contains("\"bins\" must be a whole number from 1 to 200"));
        assertTrue(refused(Map.of("bins", 0)).contains("\"bins\""));
        assertTrue(refused(Map.of("numberFormat", Map.of("currency", "EURO"))).contains("\"numberFormat.currency\""));
        assertTrue(refused(Map.of("numberFormat", Map.of("currency", "XYZ"))).contains("ISO 4217"));
        assertTrue(refused(Map.of("goal", "ten")).contains("\"goal\" must be a number"));
        assertTrue(refused(Map.of("pivot", Map.of("values", List.of(Map.of("column", "a", "aggregation",
                "median"))))).contains("\"pivot.values[0].aggregation\""));
        assertTrue(refused(Map.of("trend", Map.of("x", 1))).contains("\"trend.x\""));
        assertTrue(refused(Map.of("metrics", Collections.singletonList(null))).contains("\"metrics[0]\""));
    }

    @Test
    void columnNamesOver1000CharactersAreRefused() {
        assertDoesNotThrow(() -> SettingsCheck.check(Map.of("dimension", "x".repeat(1000))));
        assertTrue(refused(Map.of("dimension", "x".repeat(1001))).contains("at most 1000 characters"));
        assertTrue(refused(Map.of("metrics", List.of("a", "b".repeat(1001)))).contains("\"metrics[1]\""));
    }

    @Test
    void unsafeColoursAreRefused() {
        for (String bad : List.of("red; background:url(x)", "url(javascript:alert(1))", "expression(alert(1))",
                "#12345", "rgb(1,2,3);", "\"red\"", "var(--x)", "<script>")) {
            assertTrue(refused(Map.of("colors", Map.of("a", bad))).contains("\"colors.a\" must be a CSS colour"), bad);
        }
        assertTrue(refused(Map.of("table", Map.of("conditional", List.of(Map.of("column", "a", "op", "eq",
                "background", "url(x)"))))).contains("\"table.conditional[0].background\""));
    }

    @Test
    void listsOver200EntriesAreRefused() {
        List<String> many = Collections.nCopies(201, "m");
        assertTrue(refused(Map.of("metrics", many)).contains("at most 200 entries"));
        assertDoesNotThrow(() -> SettingsCheck.check(Map.of("metrics", Collections.nCopies(200, "m"))));
    }

    @Test
    void controlCharactersInNamesAreRefused() {
        assertTrue(refused(Map.of("series", "a\u0000b")).contains("control characters"));
    }
}
