package com.insightiq.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.catalog.control.SemanticTypes.ColumnFacts;
import com.insightiq.catalog.entity.SemanticType;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SemanticTypesTest {

    private static Optional<SemanticType> infer(String name, int jdbcType, String dbType) {
        return SemanticTypes.infer(new ColumnFacts(name, jdbcType, dbType, false, false, Optional.empty()));
    }

    private static Optional<SemanticType> inferSampled(String name, int jdbcType, List<Object> values) {
        ColumnProfiler profiler = new ColumnProfiler(jdbcType);
        values.forEach(profiler::accept);
        return SemanticTypes.infer(new ColumnFacts(name, jdbcType, "text", false, false,
                Optional.of(profiler.profile())));
    }

    @Test
    void keysComeFirst() {
        assertEquals(SemanticType.PK, SemanticTypes.infer(new ColumnFacts("id", Types.BIGINT, "int8", true, true,
                Optional.empty())).orElseThrow());
        assertEquals(SemanticType.FK, SemanticTypes.infer(new ColumnFacts("customer_id", Types.BIGINT, "int8", false,
                true, Optional.empty())).orElseThrow());
    }

    @Test
    void timeTypes() {
        assertEquals(SemanticType.DATE_TIME, infer("created_at", Types.TIMESTAMP, "timestamptz").orElseThrow());
        assertEquals(SemanticType.DATE_TIME, infer("birthday", Types.DATE, "date").orElseThrow());
        assertEquals(SemanticType.DATE_TIME, infer("opens", Types.TIME, "time").orElseThrow());
    }

    @Test
    void numbersByName() {
        assertEquals(SemanticType.CURRENCY, infer("unit_price", Types.NUMERIC, "numeric").orElseThrow());
        assertEquals(SemanticType.CURRENCY, infer("totalAmount", Types.NUMERIC, "numeric").orElseThrow());
        assertEquals(SemanticType.CURRENCY, infer("whatever", Types.NUMERIC, "money").orElseThrow());
        assertEquals(SemanticType.PERCENTAGE, infer("discount_pct", Types.DOUBLE, "float8").orElseThrow());
        assertEquals(SemanticType.PERCENTAGE, infer("conversion_rate", Types.DOUBLE, "float8").orElseThrow());
        assertEquals(SemanticType.LATITUDE, infer("lat", Types.DOUBLE, "float8").orElseThrow());
        assertEquals(SemanticType.LONGITUDE, infer("store_longitude", Types.DOUBLE, "float8").orElseThrow());
        assertEquals(SemanticType.ID, infer("external_id", Types.BIGINT, "int8").orElseThrow());
        assertEquals(SemanticType.QUANTITY, infer("quantity", Types.INTEGER, "int4").orElseThrow());
        assertEquals(SemanticType.QUANTITY, infer("weight_kg", Types.REAL, "float4").orElseThrow());
    }

    @Test
    void latitudeOutOfRangeIsAQuantity() {
        ColumnProfiler p = new ColumnProfiler(Types.DOUBLE);
        p.accept(412.5);
        assertEquals(SemanticType.QUANTITY, SemanticTypes.infer(new ColumnFacts("lat", Types.DOUBLE, "float8", false,
                false, Optional.of(p.profile()))).orElseThrow());
    }

    @Test
    void textByNameAndValues() {
        assertEquals(SemanticType.EMAIL, infer("email", Types.VARCHAR, "varchar").orElseThrow());
        assertEquals(SemanticType.EMAIL, inferSampled("contact", Types.VARCHAR,
                List.of("a@b.example", "c@d.example", "e@f.example")).orElseThrow());
        assertEquals(SemanticType.URL, infer("website", Types.VARCHAR, "varchar").orElseThrow());
        assertEquals(SemanticType.URL, inferSampled("ref", Types.VARCHAR,
                List.of("https://a.example/x", "http://b.example")).orElseThrow());
        assertEquals(SemanticType.NAME, infer("first_name", Types.VARCHAR, "varchar").orElseThrow());
        assertEquals(SemanticType.NAME, infer("productName", Types.VARCHAR, "varchar").orElseThrow());
        assertEquals(SemanticType.ID, infer("order_code", Types.VARCHAR, "varchar").orElseThrow());
        assertEquals(SemanticType.ID, infer("token", Types.OTHER, "uuid").orElseThrow());
    }

    @Test
    void fewRepeatedValuesAreACategoryUniqueTextIsNot() {
        List<Object> countries = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            countries.add(List.of("Germany", "France", "Spain").get(i % 3));
        }
        assertEquals(SemanticType.CATEGORY, inferSampled("country", Types.VARCHAR, countries).orElseThrow());
        assertTrue(inferSampled("note", Types.VARCHAR, List.of("one", "two", "three")).isEmpty());
        assertEquals(SemanticType.CATEGORY, infer("active", Types.BOOLEAN, "bool").orElseThrow());
        assertTrue(infer("payload", Types.BINARY, "bytea").isEmpty());
    }
}
