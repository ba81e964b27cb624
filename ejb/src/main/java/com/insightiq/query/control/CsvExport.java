package com.insightiq.query.control;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV in UTF-8 (CRLF, quotes only where needed) with a header row of column names. Values are the
 * {@link ExportText} forms; text cells pass the {@link FormulaGuard}; null and empty text both give an empty field.
 * Each row goes straight to the buffered stream, so memory does not grow with the result.
 */
final class CsvExport implements ExportWriter {
    private static final int BUFFER = 64 * 1024;

    private final CSVPrinter printer;

    CsvExport(OutputStream out) {
        try {
            this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    BUFFER), CSVFormat.RFC4180);
        } catch (IOException e) {
            throw new IllegalStateException("A CSV printer without header cannot fail to open", e);
        }
    }

    @Override
    public void columns(List<ResultColumn> columns) throws IOException {
        for (ResultColumn column : columns) {
            printer.print(FormulaGuard.text(column.name()));
        }
        printer.println();
    }

    @Override
    public boolean row(Object[] values) throws IOException {
        for (Object value : values) {
            printer.print(value instanceof String text ? FormulaGuard.text(text) : ExportText.of(value));
        }
        printer.println();
        return true;
    }

    @Override
    public void finish(long rowCount, boolean truncated) throws IOException {
        printer.flush();
    }

    /** Only flushes: the stream belongs to the caller, and CSV holds nothing else. */
    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
