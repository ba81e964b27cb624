package com.insightiq.viz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartRowsTest {

    @Test
    void stopsAtTheLimitAndSaysSo() {
        ChartRows rows = new ChartRows(2);
        rows.columns(List.of());
        assertTrue(rows.row(new Object[] {1L}));
        assertTrue(rows.row(new Object[] {2L}));
        assertFalse(rows.row(new Object[] {3L}), "the row past the limit stops the read");
        rows.finish(3, true);
        assertEquals(List.of(List.of(1L), List.of(2L)), rows.rows());
        assertTrue(rows.truncated());
    }

    @Test
    void aResultWithinTheLimitIsComplete() {
        ChartRows rows = new ChartRows(5);
        rows.row(new Object[] {null, "a"});
        rows.finish(1, false);
        assertEquals(1, rows.rows().size());
        assertFalse(rows.truncated());
    }
}
