package com.insightiq.query.control;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Canonical values (see {@link RowSink}) written through a JSON-P {@link JsonGenerator}, for the JSON export: the
 * forms of the query API ({@link JsonText}) — exact decimals, no exponent for a moderate scale, non-finite doubles as
 * strings, ISO-8601 dates and times, binary as Base64, arrays as arrays, JSON columns as their text — with doubles
 * by their shortest plain decimal, as the CSV export writes them.
 */
public final class JsonCells {
    /** Looking the JSON-P provider up is slow: once per class, not per value. */
    static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    private JsonCells() {
    }

    /** Writes one value into an array context of the generator. */
    public static void write(JsonGenerator json, Object value) {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Long l) {
            json.write(l);
        } else if (value instanceof BigDecimal d) {
            json.write(new PlainNumber(d, ExportText.number(d)));
        } else if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                json.write(d.toString());
            } else {
                BigDecimal exact = BigDecimal.valueOf(d);
                json.write(new PlainNumber(exact, ExportText.number(d)));
            }
        } else if (value instanceof Boolean b) {
            json.write(b);
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            list.forEach(element -> write(json, element));
            json.writeEnd();
        } else {
            json.write(ExportText.of(value));
        }
    }

    /** A list as JSON text, for formats that hold only text in a cell. */
    public static String array(List<?> values) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = GENERATORS.createGenerator(text)) {
            write(json, values);
        }
        return text.toString();
    }

    /**
     * A number whose JSON text is chosen here: JSON-P writes a {@link JsonNumber} by its {@code toString()}, while
     * {@code write(BigDecimal)} would print {@code 1E-7} for {@code 0.0000001}.
     */
    record PlainNumber(BigDecimal value, String text) implements JsonNumber {
        @Override
        public boolean isIntegral() {
            return value.scale() <= 0;
        }

        @Override
        public int intValue() {
            return value.intValue();
        }

        @Override
        public int intValueExact() {
            return value.intValueExact();
        }

        @Override
        public long longValue() {
            return value.longValue();
        }

        @Override
        public long longValueExact() {
            return value.longValueExact();
        }

        @Override
        public BigInteger bigIntegerValue() {
            return value.toBigInteger();
        }

        @Override
        public BigInteger bigIntegerValueExact() {
            return value.toBigIntegerExact();
        }

        @Override
        public double doubleValue() {
            return value.doubleValue();
        }

        @Override
        public BigDecimal bigDecimalValue() {
            return value;
        }

        @Override
        public ValueType getValueType() {
            return ValueType.NUMBER;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
