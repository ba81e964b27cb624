package com.insightiq.connection.control;

import java.util.List;

/** An index of the described table, its columns in index order. */
public record IndexDescription(String name, boolean unique, List<String> columns) {

    public IndexDescription {
        columns = List.copyOf(columns);
    }
}
