package com.insightiq.connection.control;

import java.util.List;

/** The engine-neutral parts of a sample query: the select list and a checked row count. */
final class SampleQueries {

    private SampleQueries() {
    }

    static String select(List<String> quotedColumns) {
        return "SELECT " + (quotedColumns == null || quotedColumns.isEmpty() ? "*" : String.join(", ", quotedColumns));
    }

    static int rows(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("A sample cannot have a negative number of rows.");
        }
        return rows;
    }
}
