package com.insightiq.query.control;

import com.insightiq.connection.control.TableRef;

/**
 * The catalog column a field filter stands for: its table, column name and the kind of values it holds
 * ({@link Kind}), which decides how a filter value is bound.
 */
public record FieldRef(long columnId, TableRef table, String column, Kind kind) {
    public enum Kind { TEXT, NUMBER, DATE, TIMESTAMP, BOOLEAN }
}
