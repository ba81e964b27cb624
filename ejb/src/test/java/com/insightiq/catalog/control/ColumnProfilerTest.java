package com.insightiq.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnProfilerTest {

    private static ColumnProfile profile(int type, Object... values) {
        ColumnProfiler p = new ColumnProfiler(type);
        Arrays.asList(values).forEach(p::accept);
        return p.profile();
    }

    @Test
    void numbersCompareNumerically() {
        ColumnProfile p = profile(Types.INTEGER, 9, 10, null, 100, 9, null);
        assertEquals(6, p.sampledRows());
        assertEquals(3, p.distinctCount());
        assertEquals(2.0 / 6, p.nullShare(), 1e-9);
        assertEquals("9", p.min().orElseThrow());
        assertEquals("100", p.max().orElseThrow());
        assertTrue(p.avgLength().isEmpty());
        assertTrue(p.values().isEmpty(), "only text keeps values");
        ColumnProfile decimals = profile(Types.NUMERIC, new BigDecimal("2.50"), 1.5d, 3L);
        assertEquals("1.5", decimals.min().orElseThrow());
        assertEquals("3", decimals.max().orElseThrow());
    }

    @Test
    void textLengthsValuesAndShares() {
        ColumnProfile p = profile(Types.VARCHAR, "b", "ccc", "b", null, "a@x.example");
        assertEquals(3, p.distinctCount());
        assertEquals(0.2, p.nullShare(), 1e-9);
        assertEquals((1 + 3 + 1 + 11) / 4.0, p.avgLength().orElseThrow(), 1e-9);
        assertEquals(List.of("a@x.example", "b", "ccc"), p.values());
        assertEquals("a@x.example", p.min().orElseThrow());
        assertEquals(0.25, p.emailShare(), 1e-9);
    }

    @Test
    void valuesAreCappedByCountAndLength() {
        ColumnProfiler many = new ColumnProfiler(Types.VARCHAR);
        for (int i = 0; i < ColumnProfiler.MAX_VALUES + 1; i++) {
            many.accept("v" + i);
        }
        assertTrue(many.profile().values().isEmpty());
        assertEquals(ColumnProfiler.MAX_VALUES + 1, many.profile().distinctCount());
        ColumnProfiler exactly = new ColumnProfiler(Types.VARCHAR);
        for (int i = 0; i < ColumnProfiler.MAX_VALUES; i++) {
            exactly.accept("v" + i);
        }
        assertEquals(ColumnProfiler.MAX_VALUES, exactly.profile().values().size());
        assertTrue(profile(Types.VARCHAR, "x".repeat(256)).values().isEmpty());
        assertEquals(255, profile(Types.VARCHAR, "x".repeat(300)).max().orElseThrow().length());
    }

    @Test
    void emptyAndAllNullColumnsAndDates() {
        ColumnProfile none = profile(Types.VARCHAR);
        assertEquals(0, none.sampledRows());
        assertEquals(0, none.nullShare());
        ColumnProfile nulls = profile(Types.VARCHAR, null, null);
        assertEquals(1.0, nulls.nullShare());
        assertFalse(nulls.keepsValues());
        ColumnProfile dates = profile(Types.DATE, LocalDate.of(2024, 5, 1), LocalDate.of(2023, 1, 2));
        assertEquals("2023-01-02", dates.min().orElseThrow());
        assertEquals("2024-05-01", dates.max().orElseThrow());
        assertEquals(List.of("ab"), profile(Types.VARCHAR, "a\u0000b").values(), "NUL cannot be stored");
        ColumnProfile jdbcDates = profile(Types.DATE, java.sql.Date.valueOf("2024-05-01"), java.sql.Date.valueOf("2023-01-02"));
        assertEquals("2023-01-02", jdbcDates.min().orElseThrow(), "java.sql.Date has no instant");
        assertEquals("10:15", profile(Types.TIME, java.sql.Time.valueOf("10:15:00")).max().orElseThrow().substring(0, 5));
        ColumnProfile odd = profile(Types.DOUBLE, Double.NaN, 1.0, java.math.BigInteger.TEN);
        assertEquals(3, odd.distinctCount());
    }
}
