package com.insightiq.viz.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsEntriesTest {

    @Test
    void coloursPerSeriesAreHexAndNamesMayHoldDots() {
        VizSettingsForm form = new VizSettingsForm(Map.of());
        SettingsEntries.colors(form).put("sum.total", "ff0000");
        SettingsEntries.colors(form).put("tax", "red; background: url(x)");
        assertEquals(Map.of("colors", Map.of("sum.total", "#ff0000")), form.values());
        assertEquals("#ff0000", SettingsEntries.colors(form).get("sum.total"));
        SettingsEntries.colors(form).put("sum.total", null);
        assertEquals(Map.of(), form.values());
    }

    @Test
    void tableColumnsKeepOneEntryPerColumn() {
        VizSettingsForm form = new VizSettingsForm(Map.of());
        SettingsEntries.columnTitles(form).put("total", " Revenue ");
        SettingsEntries.columnHidden(form).put("total", true);
        SettingsEntries.columnHidden(form).put("id", true);
        assertEquals(Map.of("table", Map.of("columns", List.of(Map.of("name", "total", "title", "Revenue",
                "hidden", true), Map.of("name", "id", "hidden", true)))), form.values());
        SettingsEntries.columnHidden(form).put("id", false);
        assertFalse(SettingsEntries.columnHidden(form).get("id"));
        assertNull(SettingsEntries.columnTitles(form).get("id"));
        assertEquals("Revenue", SettingsEntries.columnTitles(form).get("total"));
    }
}
