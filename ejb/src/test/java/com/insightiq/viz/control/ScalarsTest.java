package com.insightiq.viz.control;

import static com.insightiq.viz.control.VizSamples.data;
import static com.insightiq.viz.control.VizSamples.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.viz.boundary.RenderedViz;
import com.insightiq.viz.boundary.ScalarViz;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScalarsTest {
    @Test
    void aNumberIsFormattedAsAsked() {
        RenderedViz viz = render(data(List.of("revenue:numeric"), new Object[] {new BigDecimal("1234567.891")}),
                "number", Map.of("numberFormat", Map.of("style", "currency", "currency", "EUR")), Locale.GERMANY,
                ZoneOffset.UTC, 2000);
        ScalarViz s = viz.scalar();
        assertEquals("revenue", s.label());
        assertEquals("1.234.567,89\u00a0€", s.formatted());
        assertEquals(new BigDecimal("1234567.891"), s.value());
    }

    @Test
    void aTrendComparesTheLastPeriodWithTheOneBefore() {
        ScalarViz s = render(data(List.of("month:date", "orders:bigint"),
                new Object[] {LocalDate.of(2024, 3, 1), 110L}, new Object[] {LocalDate.of(2024, 1, 1), 80L},
                new Object[] {LocalDate.of(2024, 2, 1), 100L}), "trend", Map.of()).scalar();
        assertEquals(110L, s.value());
        assertEquals("100", s.previousFormatted());
        assertEquals(0.1, s.changeRatio(), 1e-12);
        assertEquals("+10%", s.changeFormatted());
        assertEquals("up", s.direction());
        ScalarViz down = render(data(List.of("month:date", "orders:bigint"),
                new Object[] {LocalDate.of(2024, 1, 1), 80L}, new Object[] {LocalDate.of(2024, 2, 1), 60L}), "trend",
                Map.of()).scalar();
        assertEquals("down", down.direction());
        assertEquals("-25%", down.changeFormatted());
    }

    @Test
    void aTrendFromZeroHasNoRatio() {
        ScalarViz s = render(data(List.of("month:date", "orders:bigint"),
                new Object[] {LocalDate.of(2024, 1, 1), 0L}, new Object[] {LocalDate.of(2024, 2, 1), 5L}), "trend",
                Map.of()).scalar();
        assertNull(s.changeRatio());
        assertEquals("up", s.direction());
    }

    @Test
    void progressIsTheShareOfTheGoal() {
        RenderedViz viz = render(data(List.of("sales:integer"), new Object[] {75L}), "progress", Map.of("goal", 300));
        assertEquals(0.25, viz.scalar().progress(), 1e-12);
        assertEquals("300", viz.scalar().goalFormatted());
        RenderedViz noGoal = render(data(List.of("sales:integer"), new Object[] {75L}), "progress", Map.of());
        assertNull(noGoal.scalar().progress());
        assertTrue(noGoal.notes().contains("Set a goal to show progress towards it."));
    }

    @Test
    void aNumberOfSeveralRowsShowsTheFirstAndSaysSo() {
        RenderedViz viz = render(data(List.of("n:integer"), new Object[] {7L}, new Object[] {8L}), "number",
                Map.of());
        assertEquals("7", viz.scalar().formatted());
        assertEquals(1, viz.notes().size());
    }
}
