package com.insightiq.query.control;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * RFC 4180 CSV in UTF-8 (CRLF, quotes only where needed) with a header row of column names. Values are the
 * {@link ExportText} forms; text cells pass the {@link FormulaGuard}; null and empty text both give an empty field.
 * Each row goes straight to the buffered stream, so memory does not grow with the result. Fields are quoted and
 * escaped by Commons CSV's {@link CSVFormat#print(Object, Appendable, boolean)}: its {@code CSVPrinter} takes a lock
 * per field, which cost a quarter of the export's time for one writer on one thread.
 */
final class CsvExport implements ExportWriter {
    private static final int BUFFER = 64 * 1024;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final Writer out;

    CsvExport(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
    }

    @Override
    public void columns(List<ResultColumn> columns) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            FORMAT.print(FormulaGuard.text(columns.get(i).name()), out, i == 0);
        }
        out.write(FORMAT.getRecordSeparator());
    }

    @Override
    public boolean row(Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            FORMAT.print(value instanceof String text ? FormulaGuard.text(text) : ExportText.of(value), out, i == 0);
        }
        out.write(FORMAT.getRecordSeparator());
        return true;
    }

    @Override
    public void finish(long rowCount, boolean truncated) throws IOException {
        out.flush();
    }

    /** Only flushes: the stream belongs to the caller, and CSV holds nothing else. */
    @Override
    public void close() throws IOException {
        out.flush();
    }
}
