package com.insightiq.query.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streaming XLSX workbook (POI SXSSF): only a window of {@value #WINDOW} rows stays in memory, the rest goes to
 * compressed temporary files that {@link #close()} deletes. Typed cells (see {@link XlsxCells}); a sheet holds at most
 * {@link #ROWS_PER_SHEET} rows under its header, then the result continues on "Result 2", "Result 3", …
 * The file itself is written at {@link #finish}, so nothing reaches the stream before the last row is read.
 */
final class XlsxExport implements ExportWriter {
    static final int WINDOW = 100;
    /** Excel's 1,048,576 rows less the header row. */
    static final int ROWS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final XlsxCells cells;
    private final int rowsPerSheet;
    private List<ResultColumn> columns = List.of();
    private SXSSFSheet sheet;
    private int sheetRows;
    private boolean finished;

    XlsxExport(OutputStream out) {
        this(out, ROWS_PER_SHEET);
    }

    /** With a smaller sheet size, so tests can cross sheets without a million rows. */
    XlsxExport(OutputStream out, int rowsPerSheet) {
        this.out = out;
        this.rowsPerSheet = rowsPerSheet;
        this.workbook = new SXSSFWorkbook(WINDOW);
        this.workbook.setCompressTempFiles(true);
        this.cells = new XlsxCells(workbook);
    }

    @Override
    public void columns(List<ResultColumn> columns) {
        this.columns = List.copyOf(columns);
        newSheet();
    }

    @Override
    public boolean row(Object[] values) {
        if (sheetRows == rowsPerSheet) {
            newSheet();
        }
        Row row = sheet.createRow(++sheetRows);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                cells.set(row.createCell(i), values[i]);
            }
        }
        return true;
    }

    @Override
    public void finish(long rowCount, boolean truncated) throws IOException {
        workbook.write(out);
        out.flush();
        finished = true;
    }

    /**
     * Deletes the temporary files, finished or not. Unfinished sheets' windows are flushed first: POI's close would
     * otherwise close the sheet writer before writing those rows and log a failure.
     */
    @Override
    public void close() throws IOException {
        if (!finished) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                workbook.getSheetAt(i).flushRows();
            }
        }
        workbook.close();
    }

    private void newSheet() {
        int number = workbook.getNumberOfSheets() + 1;
        sheet = workbook.createSheet(number == 1 ? "Result" : "Result " + number);
        sheetRows = 0;
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cells.header(cell, columns.get(i).name());
            // The width of the name, within reason: measuring values would mean keeping them.
            sheet.setColumnWidth(i, Math.min(60, Math.max(10, columns.get(i).name().length() + 2)) * 256);
        }
        sheet.createFreezePane(0, 1);
    }
}
