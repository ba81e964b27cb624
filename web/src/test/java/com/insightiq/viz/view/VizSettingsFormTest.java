package com.insightiq.viz.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VizSettingsFormTest {

    @Test
    void dottedPathsWriteNestedSettingsWithTheirJsonTypes() {
        VizSettingsForm form = new VizSettingsForm(Map.of("legend", "top"));
        form.getText().put("xAxis.title", "  Month ");
        form.getNumber().put("yAxis.min", 0d);
        form.getNumber().put("goal", 12.5);
        form.getFlag().put("table.totals", true);
        form.getList().put("metrics", new String[] {"total", "tax"});
        form.getNumber().put("numberFormat.decimals", "2");
        assertEquals(Map.of("legend", "top", "xAxis", Map.of("title", "Month"), "yAxis", Map.of("min", 0L),
                "goal", 12.5, "table", Map.of("totals", true), "metrics", List.of("total", "tax"),
                "numberFormat", Map.of("decimals", 2L)), form.values());
        assertEquals("Month", form.getText().get("xAxis.title"));
        assertEquals(0d, form.getNumber().get("yAxis.min"));
        assertTrue(form.getFlag().get("table.totals"));
    }

    @Test
    void emptyInputsRemoveTheKeySoTheAutomaticChoiceReturns() {
        VizSettingsForm form = new VizSettingsForm(Map.of("legend", "top", "labels", true,
                "metrics", List.of("total")));
        form.getText().put("legend", " ");
        form.getFlag().put("labels", false);
        form.getList().put("metrics", List.of());
        form.getNumber().put("goal", null);
        assertTrue(form.values().isEmpty(), form.values().toString());
        assertNull(form.getText().get("no.such.key"));
        assertFalse(form.getFlag().get("labels"));
        assertEquals(List.of(), form.getList().get("metrics"));
    }

    @Test
    void storedSettingsAreCopiedSoImmutableMapsCanBeEdited() {
        Map<String, Object> stored = Map.of("table", Map.of("columns", List.of(Map.of("name", "a"))));
        VizSettingsForm form = new VizSettingsForm(stored);
        form.getFlag().put("table.totals", true);
        assertEquals(Map.of("columns", List.of(Map.of("name", "a"))), stored.get("table"), "the original is untouched");
        assertEquals(true, ((Map<?, ?>) form.values().get("table")).get("totals"));
        assertEquals(List.of("total"), new VizSettingsForm(Map.of("metrics", "total")).getList().get("metrics"),
                "a single text counts as a list of one");
    }
}
