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
 * escaped by Commons CSV's {@link CSVFormat#print(Object, Appendable, boolean)} into a reused line buffer, which goes
 * to the writer once per row: {@code CSVPrinter} and {@code BufferedWriter} take a lock per field or piece, which
 * cost a third of the export's time for one writer on one thread.
 */
final class CsvExport implements ExportWriter {
    private static final int BUFFER = 64 * 1024;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);
    private char[] chars = new char[256];

    CsvExport(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
    }

    @Override
    public void columns(List<ResultColumn> columns) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            FORMAT.print(FormulaGuard.text(columns.get(i).name()), line, i == 0);
        }
        endLine();
    }

    @Override
    public boolean row(Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            FORMAT.print(value instanceof String text ? FormulaGuard.text(text) : ExportText.of(value), line, i == 0);
        }
        endLine();
        return true;
    }

    private void endLine() throws IOException {
        line.append(FORMAT.getRecordSeparator());
        int length = line.length();
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        line.getChars(0, length, chars, 0);
        out.write(chars, 0, length);
        // A line that once held a huge text should not keep its buffer for the rest of the export.
        line.setLength(0);
        if (line.capacity() > 64 * 1024) {
            line.trimToSize();
            chars = new char[256];
        }
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
