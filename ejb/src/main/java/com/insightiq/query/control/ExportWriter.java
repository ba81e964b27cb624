package com.insightiq.query.control;

import java.io.Closeable;
import java.io.IOException;

/**
 * A {@link RowSink} that writes a file format to a stream in constant memory. {@code finish} completes the file and
 * flushes; {@code close} frees what the writer holds (temporary files) whether or not it finished, and leaves the
 * target stream open: its owner (the HTTP response, the export file) closes it.
 */
public interface ExportWriter extends RowSink, Closeable {
    @Override
    void close() throws IOException;
}
