package com.insightiq.viz.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.viz.boundary.DrillRequest;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DrillClickTest {

    @Test
    void theClickedPointBecomesTheDimensionAndSeriesValues() {
        DrillRequest request = DrillClick.of("rows", "", "{\"dimension\":\"category\",\"x\":\"Gizmo\","
                + "\"series\":\"status\",\"seriesValue\":\"shipped\",\"dateGrain\":\"\",\"label\":\"Gizmo\"}")
                .orElseThrow();
        assertEquals("rows", request.action());
        assertEquals(Map.of("category", "Gizmo", "status", "shipped"), request.values());
        assertNull(request.column());
        assertNull(request.grain());
    }

    @Test
    void breakoutKeepsItsColumnAndTimeKeepsItsGrain() {
        DrillRequest request = DrillClick.of("breakout", "vendor",
                "{\"dimension\":\"month\",\"x\":\"2024-01-01\",\"dateGrain\":\"month\",\"x2\":1}").orElseThrow();
        assertEquals("vendor", request.column());
        assertEquals("month", request.grain());
        assertEquals(Map.of("month", "2024-01-01"), request.values());
        assertEquals(new BigDecimal("12.5"), DrillClick.of("zoom", null, "{\"dimension\":\"n\",\"x\":12.5}")
                .orElseThrow().values().get("n"));
    }

    @Test
    void anythingMalformedIsNoRequest() {
        assertTrue(DrillClick.of("delete", null, "{}").isEmpty());
        assertTrue(DrillClick.of("rows", null, "not json").isEmpty());
        assertTrue(DrillClick.of("rows", null, "[1, 2]").isEmpty());
        assertTrue(DrillClick.of("rows", null, null).isEmpty());
        assertTrue(DrillClick.of("rows", null, "\"" + "x".repeat(DrillClick.MAX_POINT_CHARS) + "\"").isEmpty());
    }
}
