package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static List<CSVRecord> export(Object[]... rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportSamples.write(ExportFormat.CSV.writer(out), rows);
        String text = out.toString(StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    @Test
    void everyCanonicalTypeAsText() throws Exception {
        List<CSVRecord> records = export(ExportSamples.VALUES);
        assertEquals(2, records.size());
        assertEquals(List.of("text", "whole", "decimal", "real", "flag", "day", "clock", "moment", "instant", "bytes",
                "list", "doc"), records.get(0).toList());
        assertEquals(List.of("Grüße, \"Zoë\" 😀\nline two", "9007199254740993", "12345678901234567890.123456789", "0.1",
                "true", "2024-02-29", "13:05:00", "2024-01-02T03:04:05", "2024-01-02T03:04:05Z", "AAH/", "[1,null,3]",
                "{\"a\": [1, 2]}"), records.get(1).toList());
    }

    @Test
    void nullsAreEmptyFields() throws Exception {
        List<CSVRecord> records = export(ExportSamples.NULLS);
        assertEquals(12, records.get(1).size());
        records.get(1).forEach(field -> assertEquals("", field));
    }

    @Test
    void rowsEndWithCrLfAndAreUtf8() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportWriter writer = ExportFormat.CSV.writer(out);
        writer.columns(List.of(new ResultColumn("name", "text", null)));
        writer.row(new Object[] {"日本"});
        writer.finish(1, false);
        assertEquals("name\r\n日本\r\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void textThatCouldStartAFormulaGetsAnApostrophe() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportWriter writer = ExportFormat.CSV.writer(out);
        writer.columns(List.of(new ResultColumn("=cmd", "text", null), new ResultColumn("n", "numeric", null)));
        writer.row(new Object[] {"=HYPERLINK(\"http://x\")", new BigDecimal("-5")});
        writer.row(new Object[] {"-5", -5L});
        writer.row(new Object[] {"@SUM(A1)", null});
        writer.row(new Object[] {"+49 30 1234", null});
        writer.finish(4, false);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out.toString(StandardCharsets.UTF_8)))
                .getRecords();
        assertEquals(List.of("'=cmd", "n"), records.get(0).toList());
        assertEquals(List.of("'=HYPERLINK(\"http://x\")", "-5"), records.get(1).toList(), "numbers stay numbers");
        assertEquals(List.of("-5", "-5"), records.get(2).toList(), "a plain number in text is no formula");
        assertEquals("'@SUM(A1)", records.get(3).get(0));
        assertEquals("'+49 30 1234", records.get(4).get(0));
    }

    @Test
    void closingLeavesTheStreamToItsOwner() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the writer closed the caller's stream");
            }
        };
        ExportSamples.write(ExportFormat.CSV.writer(out), ExportSamples.VALUES);
    }
}
