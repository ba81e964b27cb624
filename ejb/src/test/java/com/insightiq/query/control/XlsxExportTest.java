package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxExportTest {

    private static XSSFWorkbook read(ByteArrayOutputStream out) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void typedCellsForEveryCanonicalType() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportSamples.write(ExportFormat.XLSX.writer(out), ExportSamples.VALUES, ExportSamples.NULLS);
        try (XSSFWorkbook book = read(out)) {
            Sheet sheet = book.getSheet("Result");
            Row header = sheet.getRow(0);
            assertEquals("text", header.getCell(0).getStringCellValue());
            assertTrue(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
            Row row = sheet.getRow(1);
            assertEquals("Grüße, \"Zoë\" 😀\nline two", row.getCell(0).getStringCellValue());
            assertEquals("9007199254740993", row.getCell(1).getStringCellValue(), "too many digits for Excel: text");
            assertEquals("12345678901234567890.123456789", row.getCell(2).getStringCellValue());
            assertEquals(CellType.NUMERIC, row.getCell(3).getCellType());
            assertEquals(0.1, row.getCell(3).getNumericCellValue());
            assertEquals(CellType.BOOLEAN, row.getCell(4).getCellType());
            assertTrue(row.getCell(4).getBooleanCellValue());
            assertDate(row.getCell(5), LocalDateTime.of(2024, 2, 29, 0, 0), "yyyy-mm-dd");
            assertEquals(CellType.NUMERIC, row.getCell(6).getCellType());
            assertEquals((13 * 3600 + 5 * 60) / 86400.0, row.getCell(6).getNumericCellValue(), 1e-9);
            assertEquals("hh:mm:ss", row.getCell(6).getCellStyle().getDataFormatString());
            assertDate(row.getCell(7), LocalDateTime.of(2024, 1, 2, 3, 4, 5), "yyyy-mm-dd hh:mm:ss");
            assertDate(row.getCell(8), LocalDateTime.of(2024, 1, 2, 3, 4, 5), "yyyy-mm-dd hh:mm:ss");
            assertEquals("AAH/", row.getCell(9).getStringCellValue());
            assertEquals("[1,null,3]", row.getCell(10).getStringCellValue());
            assertEquals("{\"a\": [1, 2]}", row.getCell(11).getStringCellValue());
            Row nulls = sheet.getRow(2);
            for (int i = 0; i < ExportSamples.COLUMNS.size(); i++) {
                assertNull(nulls.getCell(i), "a null is an empty cell");
            }
        }
    }

    private static void assertDate(Cell cell, LocalDateTime expected, String format) {
        assertEquals(CellType.NUMERIC, cell.getCellType());
        assertTrue(DateUtil.isCellDateFormatted(cell));
        assertEquals(expected, cell.getLocalDateTimeCellValue());
        assertEquals(format, cell.getCellStyle().getDataFormatString());
    }

    @Test
    void numbersThatFitExcelAreNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportWriter writer = ExportFormat.XLSX.writer(out)) {
            writer.columns(List.of(new ResultColumn("n", "numeric", null), new ResultColumn("d", "date", null)));
            writer.row(new Object[] {new BigDecimal("-1234.5678"), LocalDate.of(1899, 12, 31)});
            writer.row(new Object[] {42L, null});
            writer.finish(2, false);
        }
        try (XSSFWorkbook book = read(out)) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(-1234.5678, sheet.getRow(1).getCell(0).getNumericCellValue());
            assertEquals("1899-12-31", sheet.getRow(1).getCell(1).getStringCellValue(), "before Excel's calendar");
            assertEquals(42.0, sheet.getRow(2).getCell(0).getNumericCellValue());
        }
    }

    @Test
    void formulaLikeTextStaysTextWithTheQuotePrefix() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportWriter writer = ExportFormat.XLSX.writer(out)) {
            writer.columns(List.of(new ResultColumn("t", "text", null)));
            writer.row(new Object[] {"=HYPERLINK(\"http://evil\",\"x\")"});
            writer.row(new Object[] {"plain"});
            writer.finish(2, false);
        }
        try (XSSFWorkbook book = read(out)) {
            Cell risky = book.getSheetAt(0).getRow(1).getCell(0);
            assertEquals(CellType.STRING, risky.getCellType(), "never a formula cell");
            assertEquals("=HYPERLINK(\"http://evil\",\"x\")", risky.getStringCellValue(), "the value is unchanged");
            assertTrue(risky.getCellStyle().getQuotePrefixed());
            assertFalse(book.getSheetAt(0).getRow(2).getCell(0).getCellStyle().getQuotePrefixed());
        }
    }

    @Test
    void aFullSheetContinuesOnTheNextWithItsHeader() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportWriter writer = new XlsxExport(out, 3)) {
            writer.columns(List.of(new ResultColumn("n", "int8", null)));
            for (long i = 1; i <= 7; i++) {
                writer.row(new Object[] {i});
            }
            writer.finish(7, false);
        }
        try (XSSFWorkbook book = read(out)) {
            assertEquals(3, book.getNumberOfSheets());
            assertEquals(List.of("Result", "Result 2", "Result 3"),
                    List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)));
            assertEquals("n", book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue());
            assertEquals(4.0, book.getSheetAt(1).getRow(1).getCell(0).getNumericCellValue());
            assertEquals(7.0, book.getSheetAt(2).getRow(1).getCell(0).getNumericCellValue());
            assertEquals(1, book.getSheetAt(2).getLastRowNum());
        }
        assertEquals(1_048_575, XlsxExport.ROWS_PER_SHEET);
    }

    @Test
    void temporaryFilesAreDeletedFinishedOrNot() throws Exception {
        long before = sheetFiles();
        ExportWriter finished = ExportFormat.XLSX.writer(new ByteArrayOutputStream());
        ExportSamples.write(finished, ExportSamples.VALUES);
        try (ExportWriter abandoned = ExportFormat.XLSX.writer(new ByteArrayOutputStream())) {
            abandoned.columns(ExportSamples.COLUMNS);
            abandoned.row(ExportSamples.VALUES);
            assertTrue(sheetFiles() > before, "SXSSF keeps rows in a temporary file");
        }
        assertEquals(before, sheetFiles());
    }

    private static long sheetFiles() throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("poi-sxssf-sheet")).count();
        }
    }
}
