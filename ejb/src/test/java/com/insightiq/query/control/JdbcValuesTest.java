package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JdbcValuesTest {

    private static List<Object> read(String select) throws Exception {
        try (Connection c = QueryFixtures.h2(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(select)) {
            ResultSetMetaData meta = rs.getMetaData();
            rs.next();
            List<Object> values = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                values.add(JdbcValues.readerFor(meta.getColumnType(i), meta.getColumnTypeName(i)).read(rs, i));
            }
            return values;
        }
    }

    @Test
    void numbersKeepTheirPrecision() throws Exception {
        List<Object> values = read("SELECT CAST(12345678901234567890.1234567890 AS NUMERIC(30,10)), CAST(7 AS INT),"
                + " CAST(9007199254740993 AS BIGINT), CAST(1.1 AS REAL), CAST(0.1 AS DOUBLE PRECISION),"
                + " CAST(NULL AS INT), CAST(3 AS SMALLINT)");
        assertEquals(new BigDecimal("12345678901234567890.1234567890"), values.get(0));
        assertEquals(7L, values.get(1));
        assertEquals(9007199254740993L, values.get(2));
        assertEquals(1.1, values.get(3), "a REAL reads as the decimal people typed");
        assertEquals(0.1, values.get(4));
        assertNull(values.get(5), "nulls stay null, not 0");
        assertEquals(3L, values.get(6));
    }

    @Test
    void timesAreLocalOrUtc() throws Exception {
        List<Object> values = read("SELECT DATE '2024-02-29', TIME '23:59:58', TIMESTAMP '2024-01-02 03:04:05.123',"
                + " TIMESTAMP WITH TIME ZONE '2024-01-02 03:04:05+02:00'");
        assertEquals(LocalDate.of(2024, 2, 29), values.get(0));
        assertEquals(LocalTime.of(23, 59, 58), values.get(1));
        assertEquals(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_000_000), values.get(2));
        assertEquals(OffsetDateTime.of(2024, 1, 2, 1, 4, 5, 0, ZoneOffset.UTC), values.get(3));
    }

    /** Read through the readers MySQL's and PostgreSQL's drivers get for these types (their JDBC type and name). */
    @Test
    void valuesBeyondJavasRangesStayExact() throws Exception {
        try (Connection c = QueryFixtures.h2(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT CAST(18446744073709551615 AS NUMERIC(20)), '48:00:00', '-01:30:00', '10:00:00+02'")) {
            rs.next();
            assertEquals(new BigDecimal("18446744073709551615"),
                    JdbcValues.readerFor(java.sql.Types.BIGINT, "BIGINT UNSIGNED").read(rs, 1));
            assertEquals("48:00:00", JdbcValues.readerFor(java.sql.Types.TIME, "TIME").read(rs, 2),
                    "a MySQL duration past a day does not wrap to 00:00");
            assertEquals("-01:30:00", JdbcValues.readerFor(java.sql.Types.TIME, "TIME").read(rs, 3));
            assertEquals("10:00:00+02", JdbcValues.readerFor(java.sql.Types.TIME, "timetz").read(rs, 4));
        }
    }

    @Test
    void textJsonBinaryArraysAndBooleans() throws Exception {
        List<Object> values = read("SELECT 'Zürich ✓ 日本', JSON '{\"a\":[1,2]}', X'CAFE', ARRAY[1, 2, NULL],"
                + " ARRAY['x', 'y'], TRUE, CAST(NULL AS BOOLEAN)");
        assertEquals("Zürich ✓ 日本", values.get(0));
        assertEquals("{\"a\":[1,2]}", values.get(1));
        assertArrayEquals(new byte[] {(byte) 0xCA, (byte) 0xFE}, (byte[]) values.get(2));
        assertEquals(java.util.Arrays.asList(1L, 2L, null), values.get(3), "array elements are canonical too");
        assertEquals(List.of("x", "y"), values.get(4));
        assertEquals(Boolean.TRUE, values.get(5));
        assertNull(values.get(6));
    }

    @Test
    void driverSpecificObjectsBecomeCanonical() throws Exception {
        assertEquals(5L, JdbcValues.canonical((short) 5));
        assertEquals(new BigDecimal("123456789012345678901234567890"),
                JdbcValues.canonical(new java.math.BigInteger("123456789012345678901234567890")));
        assertEquals(LocalDate.of(2024, 1, 2), JdbcValues.canonical(java.sql.Date.valueOf("2024-01-02")));
        assertEquals(OffsetDateTime.of(2024, 1, 2, 1, 0, 0, 0, ZoneOffset.UTC),
                JdbcValues.canonical(OffsetDateTime.of(2024, 1, 2, 3, 0, 0, 0, ZoneOffset.ofHours(2))));
        assertEquals("6f1ed002-ab5d-42bf-a2c9-0c4e1f1a1a1a",
                JdbcValues.canonical(java.util.UUID.fromString("6f1ed002-ab5d-42bf-a2c9-0c4e1f1a1a1a")));
    }
}
