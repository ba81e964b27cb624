package com.insightiq.query.view;

import java.io.Serializable;
import java.util.List;

/** One row of a result with its position in the whole result (0-based), which is also its key in the table. */
public record ResultRow(long index, List<Object> values) implements Serializable {

    public String text(int column) {
        return column < values.size() ? CellText.of(values.get(column)) : null;
    }

    public boolean isNull(int column) {
        return column >= values.size() || values.get(column) == null;
    }

    public boolean isNumber(int column) {
        return column < values.size() && CellText.numeric(values.get(column));
    }
}
