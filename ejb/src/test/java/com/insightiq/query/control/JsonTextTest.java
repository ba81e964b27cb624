package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    private static String json(Object value) throws Exception {
        StringWriter out = new StringWriter();
        JsonText.value(value, out);
        return out.toString();
    }

    @Test
    void numbersAreExactAndWithoutExponents() throws Exception {
        assertEquals("12345678901234567890.1234567890", json(new BigDecimal("12345678901234567890.1234567890")));
        assertEquals("1000", json(new BigDecimal("1E+3")));
        assertEquals("0.00000001", json(new BigDecimal("1E-8")));
        assertEquals("1E-30", json(new BigDecimal("1E-30")), "beyond scale 20 the exponent is kept");
        assertEquals("9007199254740993", json(9007199254740993L));
        assertEquals("0.1", json(0.1));
        assertEquals("\"NaN\"", json(Double.NaN));
    }

    @Test
    void timesAreIsoAndInstantsUtc() throws Exception {
        assertEquals("\"2024-01-02\"", json(LocalDate.of(2024, 1, 2)));
        assertEquals("\"2024-01-02T03:04:00\"", json(LocalDateTime.of(2024, 1, 2, 3, 4)), "seconds always shown");
        assertEquals("\"2024-01-02T03:04:05Z\"", json(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC)));
        assertEquals("\"23:59:00\"", json(LocalTime.of(23, 59)));
    }

    @Test
    void textBinaryArraysAndNulls() throws Exception {
        assertEquals("\"Z\\u00fcrich\"".replace("\\u00fc", "ü"), json("Zürich"));
        assertEquals("\"a\\\"b\\\\c\\n\\u0001\"", json("a\"b\\c\n\u0001"));
        assertEquals("\"yv4=\"", json(new byte[] {(byte) 0xCA, (byte) 0xFE}));
        assertEquals("[1,null,\"x\"]", json(Arrays.asList(1L, null, "x")));
        assertEquals("null", json(null));
        assertEquals("true", json(true));
    }

    @Test
    void mapsAreObjectsInTheirOrder() {
        java.util.Map<String, Object> range = new java.util.LinkedHashMap<>();
        range.put("from", "2024-01-01");
        range.put("to", null);
        assertEquals("[{\"from\":\"2024-01-01\",\"to\":null}]", JsonText.of(List.of(range)));
    }
}
