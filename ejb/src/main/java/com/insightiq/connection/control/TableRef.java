package com.insightiq.connection.control;

/**
 * A table or view as the engine names it. {@code estimatedRows} is the engine's cheap estimate, -1 when unknown.
 */
public record TableRef(String schema, String name, Kind kind, long estimatedRows) {

    public enum Kind { TABLE, VIEW }

    public TableRef(String schema, String name) {
        this(schema, name, Kind.TABLE, -1);
    }
}
