package com.insightiq.connection.control;

import java.util.List;

/** A foreign key from columns of the described table to columns of a target table, in key order. */
public record ForeignKeyDescription(String name, List<String> columns, String targetSchema, String targetTable,
                                    List<String> targetColumns) {

    public ForeignKeyDescription {
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
    }
}
