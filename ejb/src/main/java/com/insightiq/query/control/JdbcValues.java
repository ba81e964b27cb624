package com.insightiq.query.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns JDBC values into the canonical types of {@link RowSink}: exact numbers stay {@link BigDecimal}, instants
 * become UTC {@link OffsetDateTime}, JSON stays text, arrays become lists. One reader per column, chosen once from the
 * result's metadata, so the per-row work is a single call.
 */
public final class JdbcValues {

    /** Reads one column of the current row. */
    @FunctionalInterface
    public interface Reader {
        Object read(ResultSet rs, int column) throws SQLException;
    }

    private JdbcValues() {
    }

    public static Reader readerFor(int jdbcType, String typeName) {
        String type = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (type.equals("timestamptz") || type.startsWith("timestamp with time zone")
                || type.equals("datetimeoffset") || jdbcType == Types.TIMESTAMP_WITH_TIMEZONE) {
            return JdbcValues::instant;
        }
        // PostgreSQL's driver reports timetz as TIME, yet it has no LocalTime.
        if (type.equals("json") || type.equals("jsonb") || type.equals("uuid") || type.equals("interval")
                || type.equals("xml") || type.equals("money") || type.equals("timetz")) {
            return ResultSet::getString;
        }
        return switch (jdbcType) {
            case Types.BIT, Types.BOOLEAN -> type.equals("bit") || type.startsWith("varbit") || type.startsWith("bit ")
                    ? JdbcValues::bits : JdbcValues::bool;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER -> JdbcValues::integral;
            // MySQL's BIGINT UNSIGNED goes past Long.MAX_VALUE.
            case Types.BIGINT -> type.contains("unsigned") ? JdbcValues::decimal : JdbcValues::integral;
            case Types.NUMERIC, Types.DECIMAL -> JdbcValues::decimal;
            case Types.REAL -> JdbcValues::single;
            case Types.FLOAT, Types.DOUBLE -> JdbcValues::floating;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                 Types.CLOB, Types.NCLOB, Types.SQLXML -> ResultSet::getString;
            case Types.DATE -> (rs, i) -> rs.getObject(i, LocalDate.class);
            case Types.TIME -> JdbcValues::time;
            case Types.TIME_WITH_TIMEZONE -> ResultSet::getString;
            case Types.TIMESTAMP -> (rs, i) -> rs.getObject(i, LocalDateTime.class);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> ResultSet::getBytes;
            case Types.ARRAY -> JdbcValues::array;
            default -> (rs, i) -> canonical(rs.getObject(i));
        };
    }

    /** Brings a value of any JDBC class (array elements, driver-specific objects) to a canonical type. */
    public static Object canonical(Object value) throws SQLException {
        if (value == null || value instanceof String || value instanceof Long || value instanceof BigDecimal
                || value instanceof Double || value instanceof Boolean || value instanceof byte[]
                || value instanceof LocalDate || value instanceof LocalTime || value instanceof LocalDateTime) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (value instanceof Float f) {
            return Double.valueOf(Float.toString(f));
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Time time) {
            return time.toLocalTime();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.time.ZonedDateTime zoned) {
            return zoned.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Array array) {
            return list(array);
        }
        if (value instanceof Object[] items) {
            return list(items);
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) Math.min(Integer.MAX_VALUE, clob.length()));
        }
        if (value instanceof SQLXML xml) {
            return xml.getString();
        }
        if (value instanceof java.sql.Blob blob) {
            return blob.getBytes(1, (int) Math.min(Integer.MAX_VALUE, blob.length()));
        }
        return value.toString();
    }

    /**
     * MySQL's TIME is a duration (-838:59:59 to 838:59:59) and PostgreSQL's time allows 24:00:00: a value that is no
     * clock time stays the database's text instead of wrapping around midnight.
     */
    private static Object time(ResultSet rs, int i) throws SQLException {
        String text = rs.getString(i);
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return text;
        }
    }

    private static Object instant(ResultSet rs, int i) throws SQLException {
        OffsetDateTime value = rs.getObject(i, OffsetDateTime.class);
        return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static Object bool(ResultSet rs, int i) throws SQLException {
        boolean value = rs.getBoolean(i);
        return rs.wasNull() ? null : value;
    }

    /** PostgreSQL bit strings and MySQL BIT(n) are not booleans: keep their text or bytes. */
    private static Object bits(ResultSet rs, int i) throws SQLException {
        return canonical(rs.getObject(i));
    }

    private static Object integral(ResultSet rs, int i) throws SQLException {
        long value = rs.getLong(i);
        return rs.wasNull() ? null : value;
    }

    private static Object decimal(ResultSet rs, int i) throws SQLException {
        try {
            return rs.getBigDecimal(i);
        } catch (SQLException e) {
            // PostgreSQL's numeric NaN and ±Infinity have no BigDecimal.
            String text = rs.getString(i);
            return text == null ? null : Double.valueOf(text);
        }
    }

    /** A float4 read as double prints 1.100000023841858; through its own decimal text it stays 1.1. */
    private static Object single(ResultSet rs, int i) throws SQLException {
        float value = rs.getFloat(i);
        return rs.wasNull() ? null : Double.valueOf(Float.toString(value));
    }

    private static Object floating(ResultSet rs, int i) throws SQLException {
        double value = rs.getDouble(i);
        return rs.wasNull() ? null : value;
    }

    private static Object array(ResultSet rs, int i) throws SQLException {
        Array array = rs.getArray(i);
        return array == null ? null : list(array);
    }

    private static List<Object> list(Array array) throws SQLException {
        try {
            Object items = array.getArray();
            if (items instanceof Object[] objects) {
                return list(objects);
            }
            // Some drivers hand primitive arrays (int[]) for arrays of base types.
            List<Object> values = new ArrayList<>();
            for (int k = 0; k < java.lang.reflect.Array.getLength(items); k++) {
                values.add(canonical(java.lang.reflect.Array.get(items, k)));
            }
            return values;
        } finally {
            try {
                array.free();
            } catch (SQLException | UnsupportedOperationException e) {
                // Some drivers do not free arrays; they are garbage collected.
            }
        }
    }

    private static List<Object> list(Object[] items) throws SQLException {
        List<Object> values = new ArrayList<>(items.length);
        for (Object item : items) {
            values.add(canonical(item));
        }
        return values;
    }
}
