package com.insightiq.platform.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * JSON-B converts too willingly: {@code "dataSourceId": 1.5} became source 1, {@code [1]} and {@code "1"} too, and
 * {@code "sql": ["SELECT 1"]} became text. A request whose value has the wrong JSON type is refused instead, so nobody
 * runs something other than what they sent. (Classes, not lambdas: JSON-B reads the target type from the generics.)
 */
final class StrictScalars {
    private StrictScalars() {
    }

    static JsonbDeserializer<?>[] all() {
        return new JsonbDeserializer<?>[] {new Longs(), new Integers(), new Strings(), new Booleans()};
    }

    static final class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal number = whole(parser, Long.MIN_VALUE, Long.MAX_VALUE);
            return number == null ? null : number.longValueExact();
        }
    }

    static final class Integers implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal number = whole(parser, Integer.MIN_VALUE, Integer.MAX_VALUE);
            return number == null ? null : number.intValueExact();
        }
    }

    static final class Strings implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value instanceof JsonString text) {
                return text.getString();
            }
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            throw new JsonbException("expected a string but got " + shown(value) + ".");
        }
    }

    static final class Booleans implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            return switch (value.getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case NULL -> null;
                default -> throw new JsonbException("expected true or false but got " + shown(value) + ".");
            };
        }
    }

    private static BigDecimal whole(JsonParser parser, long min, long max) {
        JsonValue value = parser.getValue();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber json)) {
            throw new JsonbException("expected a whole number but got " + shown(value) + ".");
        }
        BigDecimal number = json.bigDecimalValue();
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            throw new JsonbException("expected a whole number but got " + number.toPlainString() + ".");
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new JsonbException("the number " + number.toPlainString() + " is out of range.");
        }
        return number.setScale(0, java.math.RoundingMode.UNNECESSARY);
    }

    private static String shown(JsonValue value) {
        return switch (value.getValueType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "true/false";
            case NULL -> "null";
        };
    }
}
