package com.insightiq.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.dashboard.boundary.DashboardFilter;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LockedFiltersTest {
    static final List<DashboardFilter> FILTERS = List.of(
            new DashboardFilter("created", "Created", "date", null, false, null, null),
            new DashboardFilter("region", "Region", "category", null, false, null, null),
            new DashboardFilter("amount", "Amount", "number", null, false, null, null),
            new DashboardFilter("customer", "Customer", "id", null, false, null, null),
            new DashboardFilter("note", "Note", "text", null, false, null, null));

    static boolean ok(String filter, Object value) {
        Map<String, Object> params = new HashMap<>();
        params.put(filter, value);
        return LockedFilters.check(FILTERS, params).isPresent();
    }

    @Test
    void valuesOfTheFiltersTypeAreAccepted() {
        assertTrue(ok("created", "past30days"));
        assertTrue(ok("created", "thisquarter"));
        assertTrue(ok("created", "2024-01-01~2024-03-31"));
        assertTrue(ok("created", "~2024-03-31"));
        assertTrue(ok("created", "2024-02-29"));
        assertTrue(ok("region", "north"));
        assertTrue(ok("region", List.of("north", "south")));
        assertTrue(ok("note", "x"));
        assertTrue(ok("amount", new BigDecimal("10.5")));
        assertTrue(ok("amount", "10~20"));
        assertTrue(ok("amount", List.of(new BigDecimal(1), new BigDecimal(2))));
        assertTrue(ok("customer", new BigDecimal(7)));
        assertTrue(ok("customer", "7"));
        assertTrue(ok("customer", List.of("7", new BigDecimal(8))));
        assertTrue(ok("region", null));
    }

    @Test
    void valuesOfTheWrongShapeOrUnknownFiltersAreRefused() {
        assertFalse(ok("created", "yesteryear"));
        assertFalse(ok("created", "2024-02-30"));
        assertFalse(ok("created", "~"));
        assertFalse(ok("created", new BigDecimal(2024)));
        assertFalse(ok("region", new BigDecimal(3)));
        assertFalse(ok("region", Map.of("a", "b")));
        assertFalse(ok("amount", "ten"));
        assertFalse(ok("amount", "10~x"));
        assertFalse(ok("customer", "7; DROP TABLE x"));
        assertFalse(ok("customer", new BigDecimal("7.5")));
        assertFalse(ok("customer", new BigDecimal(-1)));
        assertFalse(ok("nosuch", "north"));
    }

    @Test
    void lockedValuesOverrideWhatTheViewerSends() {
        Map<String, Object> merged = LockedFilters.apply(
                Map.of("region", "south", "created", "past7days"), Map.of("region", "north"));
        assertEquals(Map.of("region", "north", "created", "past7days"), merged);
        assertEquals(Map.of("region", "north"), LockedFilters.apply(null, Map.of("region", "north")));
    }
}
