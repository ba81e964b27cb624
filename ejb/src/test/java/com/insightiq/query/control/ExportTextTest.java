package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportTextTest {

    @Test
    void decimalsStayExactWithoutExponent() {
        assertEquals("0.0000001", ExportText.of(new BigDecimal("0.0000001")));
        assertEquals("1000", ExportText.of(new BigDecimal("1E+3")));
        assertEquals("123.4500", ExportText.of(new BigDecimal("123.4500")), "the scale the database gave");
        assertEquals("1E-30", ExportText.of(new BigDecimal("1E-30")), "an exponent beyond scale 20");
    }

    @Test
    void doublesByTheirShortestDecimal() {
        assertEquals("0.1", ExportText.of(0.1));
        assertEquals("3", ExportText.of(3.0));
        assertEquals("-2.5", ExportText.of(-2.5));
        assertEquals("100000000000000000000", ExportText.of(1e20));
        assertEquals("1E+21", ExportText.of(1e21));
        assertEquals("1E+300", ExportText.of(1e300));
        assertEquals("0", ExportText.of(-0.0));
        assertEquals("0.001", ExportText.of(0.001));
        assertEquals("0.0001", ExportText.of(0.0001));
        assertEquals("12345678", ExportText.of(12345678.0));
        assertEquals("NaN", ExportText.of(Double.NaN));
        assertEquals("-Infinity", ExportText.of(Double.NEGATIVE_INFINITY));
    }

    @Test
    void doublesTheFastWayAgreeWithTheExactWay() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(d) && d != 0) {
                java.math.BigDecimal exact = java.math.BigDecimal.valueOf(d);
                assertEquals(0, exact.compareTo(new java.math.BigDecimal(ExportText.of(d))), Double.toString(d));
            }
            double money = random.nextInt(-1_000_000, 1_000_000) / 100.0;
            assertEquals(0, java.math.BigDecimal.valueOf(money)
                    .compareTo(new java.math.BigDecimal(ExportText.of(money))));
        }
    }

    @Test
    void timesAlwaysShowSeconds() {
        assertEquals("2024-01-02T03:04:00", ExportText.of(LocalDateTime.of(2024, 1, 2, 3, 4)));
        assertEquals("2024-01-02T03:04:05.123Z",
                ExportText.of(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 123_000_000, ZoneOffset.UTC)));
        assertEquals("00:00:00", ExportText.of(LocalTime.MIDNIGHT));
    }

    @Test
    void nestedArraysAsJson() {
        assertEquals("[[\"a\",\"b\"],[true,null]]",
                ExportText.of(List.of(List.of("a", "b"), java.util.Arrays.asList(true, null))));
        assertEquals("[0.0000001]", ExportText.of(List.of(new BigDecimal("0.0000001"))));
    }
}
