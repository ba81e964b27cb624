package com.insightiq.query.control;

import jakarta.json.stream.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The whole result in the shape of a completed {@code POST /queries} answer
 * ({@code status, columns, rows, rowCount, offset, truncated, durationMs}; not {@code executionId} and {@code cached},
 * which describe an execution, not a file), streamed row by row; {@code rowCount} and {@code durationMs} follow the
 * rows because only then are they known. Values as {@link JsonCells} writes them.
 */
final class JsonExport implements ExportWriter {
    private static final int BUFFER = 64 * 1024;

    private final JsonGenerator json;
    private final long started = System.nanoTime();

    JsonExport(OutputStream out) {
        this.json = JsonCells.GENERATORS.createGenerator(new BufferedOutputStream(new Unclosed(out), BUFFER),
                StandardCharsets.UTF_8);
    }

    @Override
    public void columns(List<ResultColumn> columns) {
        json.writeStartObject().write("status", "completed").writeStartArray("columns");
        for (ResultColumn column : columns) {
            json.writeStartObject().write("name", column.name()).write("type", column.type());
            if (column.semanticType() == null) {
                json.writeNull("semanticType");
            } else {
                json.write("semanticType", column.semanticType());
            }
            json.writeEnd();
        }
        json.writeEnd().writeStartArray("rows");
    }

    @Override
    public boolean row(Object[] values) {
        json.writeStartArray();
        for (Object value : values) {
            JsonCells.write(json, value);
        }
        json.writeEnd();
        return true;
    }

    @Override
    public void finish(long rowCount, boolean truncated) {
        json.writeEnd().write("rowCount", rowCount).write("offset", 0).write("truncated", truncated)
                .write("durationMs", (System.nanoTime() - started) / 1_000_000).writeEnd();
        json.close(); // completes the document and flushes; Unclosed keeps the caller's stream open
    }

    @Override
    public void close() throws IOException {
        // A finished generator is closed already; an unfinished document is left as it is (the caller aborts).
    }

    /** The generator closes its stream when it finishes; the stream belongs to the caller. */
    private static final class Unclosed extends java.io.FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
