package com.insightiq.query.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Canonical values as JSON text, written straight to a stream: exact decimals without exponents (for scales up to
 * 20), ISO dates and times (UTC instants with {@code Z}), binary as base64, arrays as arrays, maps as objects, JSON
 * columns as their text. Used for result pages and for the parameters kept in the history.
 */
public final class JsonText {
    static final int PLAIN_SCALE = 20;

    private JsonText() {
    }

    /** The JSON text of one value. */
    public static String of(Object value) {
        StringWriter out = new StringWriter();
        try {
            value(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static void value(Object value, Writer out) throws IOException {
        if (value == null) {
            out.write("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Boolean) {
            out.write(value.toString());
        } else if (value instanceof BigDecimal number) {
            out.write(decimal(number));
        } else if (value instanceof Double number) {
            if (number.isNaN() || number.isInfinite()) {
                string(number.toString(), out);
            } else {
                out.write(number.toString());
            }
        } else if (value instanceof LocalDateTime dateTime) {
            string(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dateTime), out);
        } else if (value instanceof OffsetDateTime instant) {
            string(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant), out);
        } else if (value instanceof LocalDate date) {
            string(date.toString(), out);
        } else if (value instanceof LocalTime time) {
            string(DateTimeFormatter.ISO_LOCAL_TIME.format(time), out);
        } else if (value instanceof byte[] bytes) {
            string(Base64.getEncoder().encodeToString(bytes), out);
        } else if (value instanceof Map<?, ?> map) {
            out.write('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.write(',');
                }
                first = false;
                string(String.valueOf(entry.getKey()), out);
                out.write(':');
                value(entry.getValue(), out);
            }
            out.write('}');
        } else if (value instanceof List<?> list) {
            out.write('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                value(list.get(i), out);
            }
            out.write(']');
        } else {
            string(value.toString(), out);
        }
    }

    public static String decimal(BigDecimal number) {
        int scale = number.scale();
        return scale >= -PLAIN_SCALE && scale <= PLAIN_SCALE ? number.toPlainString() : number.toString();
    }

    public static void string(String text, Writer out) throws IOException {
        if (text == null) {
            out.write("null");
            return;
        }
        out.write('"');
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String escape = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '\u2028' -> "\\u2028";
                case '\u2029' -> "\\u2029";
                default -> c < 0x20 ? String.format("\\u%04x", (int) c) : null;
            };
            if (escape != null) {
                out.write(text, start, i - start);
                out.write(escape);
                start = i + 1;
            }
        }
        out.write(text, start, n - start);
        out.write('"');
    }
}
