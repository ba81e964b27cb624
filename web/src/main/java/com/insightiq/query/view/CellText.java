package com.insightiq.query.view;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text of one result cell. Values arrive as the engine's canonical types; numbers stay exact (no exponent), times
 * ISO-8601 like the API, binary as hex (shortened), so that what a person copies can be pasted back into SQL.
 */
public final class CellText {
    static final int MAX_BINARY_BYTES = 64;

    private CellText() {
    }

    public static String of(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof byte[] bytes) {
            String hex = HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, MAX_BINARY_BYTES));
            return "\\x" + hex + (bytes.length > MAX_BINARY_BYTES ? "… (" + bytes.length + " bytes)" : "");
        }
        if (value instanceof LocalDateTime time) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time);
        }
        if (value instanceof OffsetDateTime time) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
        }
        if (value instanceof LocalTime time) {
            return DateTimeFormatter.ISO_LOCAL_TIME.format(time);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> v == null ? "NULL" : of(v)).collect(Collectors.joining(", ", "{", "}"));
        }
        return String.valueOf(value);
    }

    static boolean numeric(Object value) {
        return value instanceof Number;
    }
}
