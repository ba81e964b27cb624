package com.insightiq.query.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Canonical values as typed spreadsheet cells: numbers as numbers while Excel's 15 significant digits hold them
 * exactly (else the exact digits as text), booleans, dates and date-times with a date format (timestamps with a time
 * zone in UTC), times as a fraction of a day. Excel cannot show dates before 1900 or text over 32,767 characters:
 * those dates become ISO text, such text is cut. Text is a string cell, which Excel never evaluates; text that would
 * start a formula once someone edits the cell gets Excel's quote prefix (the apostrophe Excel adds when you type
 * {@code '=…}), so the value stays exactly the text. Styles are made once per workbook, not per cell.
 */
final class XlsxCells {
    static final int EXCEL_DIGITS = 15;
    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final long MAX_EXACT = 999_999_999_999_999L;

    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle time;
    private final CellStyle quoted;
    private final CellStyle header;

    XlsxCells(Workbook workbook) {
        DataFormat formats = workbook.createDataFormat();
        date = workbook.createCellStyle();
        date.setDataFormat(formats.getFormat("yyyy-mm-dd"));
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(formats.getFormat("yyyy-mm-dd hh:mm:ss"));
        time = workbook.createCellStyle();
        time.setDataFormat(formats.getFormat("hh:mm:ss"));
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setQuotePrefixed(true);
    }

    void header(Cell cell, String name) {
        cell.setCellValue(text(name));
        cell.setCellStyle(header);
    }

    void set(Cell cell, Object value) {
        if (value instanceof String s) {
            text(cell, s);
        } else if (value instanceof Long l) {
            if (Math.abs(l) <= MAX_EXACT) {
                cell.setCellValue(l);
            } else {
                cell.setCellValue(l.toString());
            }
        } else if (value instanceof BigDecimal d) {
            if (d.precision() <= EXCEL_DIGITS) {
                cell.setCellValue(d.doubleValue());
            } else {
                cell.setCellValue(ExportText.number(d));
            }
        } else if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                cell.setCellValue(d.toString());
            } else {
                cell.setCellValue(d);
            }
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value instanceof LocalDate d) {
            dated(cell, d.atStartOfDay(), date, value);
        } else if (value instanceof LocalDateTime t) {
            dated(cell, t, dateTime, value);
        } else if (value instanceof OffsetDateTime t) {
            dated(cell, t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime(), dateTime, value);
        } else if (value instanceof LocalTime t) {
            cell.setCellValue(t.toNanoOfDay() / 86_400e9);
            cell.setCellStyle(time);
        } else {
            text(cell, ExportText.of(value)); // binary as Base64, arrays as JSON
        }
    }

    /** Excel's calendar starts on 1900-01-01 and ends with 9999. */
    private void dated(Cell cell, LocalDateTime when, CellStyle style, Object original) {
        if (when.getYear() < 1900 || when.getYear() > 9999) {
            text(cell, ExportText.of(original));
            return;
        }
        cell.setCellValue(when);
        cell.setCellStyle(style);
    }

    private void text(Cell cell, String value) {
        cell.setCellValue(text(value));
        if (FormulaGuard.isRisky(value)) {
            cell.setCellStyle(quoted);
        }
    }

    private static String text(String value) {
        return value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value;
    }
}
