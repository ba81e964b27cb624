package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonExportTest {

    private static String export(Object[]... rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportSamples.write(ExportFormat.JSON.writer(out), rows);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonObject parse(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void theShapeOfACompletedQueryWithAllRows() throws Exception {
        JsonObject result = parse(export(ExportSamples.VALUES, ExportSamples.NULLS));
        assertEquals("completed", result.getString("status"));
        assertEquals(2, result.getInt("rowCount"));
        assertEquals(0, result.getInt("offset"));
        assertFalse(result.getBoolean("truncated"));
        assertTrue(result.getJsonNumber("durationMs").longValue() >= 0);
        JsonObject first = result.getJsonArray("columns").getJsonObject(0);
        assertEquals("text", first.getString("name"));
        assertTrue(first.isNull("semanticType"), "null as the query API writes it");
        assertEquals("pk", result.getJsonArray("columns").getJsonObject(1).getString("semanticType"));
        assertEquals(2, result.getJsonArray("rows").size());
    }

    @Test
    void valuesOfEveryCanonicalType() throws Exception {
        String text = export(ExportSamples.VALUES);
        JsonArray row = parse(text).getJsonArray("rows").getJsonArray(0);
        assertEquals("Grüße, \"Zoë\" 😀\nline two", row.getString(0));
        assertEquals(9_007_199_254_740_993L, row.getJsonNumber(1).longValueExact(), "beyond double precision");
        assertEquals(new BigDecimal("12345678901234567890.123456789"), row.getJsonNumber(2).bigDecimalValue());
        assertTrue(text.contains(",12345678901234567890.123456789,"), "exact digits in the text: " + text);
        assertEquals(0.1, row.getJsonNumber(3).doubleValue());
        assertTrue(text.contains(",0.1,"), text);
        assertEquals(JsonValue.TRUE, row.get(4));
        assertEquals("2024-02-29", row.getString(5));
        assertEquals("13:05:00", row.getString(6));
        assertEquals("2024-01-02T03:04:05", row.getString(7));
        assertEquals("2024-01-02T03:04:05Z", row.getString(8));
        assertEquals("AAH/", row.getString(9));
        assertEquals(Json.createArrayBuilder().add(1).addNull().add(3).build(), row.getJsonArray(10));
        assertEquals("{\"a\": [1, 2]}", row.getString(11), "JSON columns as their text");
    }

    @Test
    void nullsAreJsonNulls() throws Exception {
        JsonArray row = parse(export(ExportSamples.NULLS)).getJsonArray("rows").getJsonArray(0);
        assertEquals(12, row.size());
        row.forEach(value -> assertEquals(JsonValue.NULL, value));
    }

    @Test
    void smallDecimalsHaveNoExponentAndNonFiniteDoublesAreStrings() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportWriter writer = ExportFormat.JSON.writer(out);
        writer.columns(List.of(new ResultColumn("n", "numeric", null)));
        writer.row(new Object[] {new BigDecimal("0.0000001")});
        writer.row(new Object[] {Double.NaN});
        writer.finish(2, true);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("[[0.0000001],[\"NaN\"]]"), text);
        assertTrue(parse(text).getBoolean("truncated"));
    }

    @Test
    void aResultWithoutRows() throws Exception {
        JsonObject result = parse(export());
        assertEquals(0, result.getInt("rowCount"));
        assertEquals(0, result.getJsonArray("rows").size());
    }
}
