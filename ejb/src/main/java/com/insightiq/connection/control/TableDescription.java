package com.insightiq.connection.control;

import java.util.List;

/** Everything the catalog keeps about one table's structure. */
public record TableDescription(TableRef table, List<ColumnDescription> columns, List<ForeignKeyDescription> foreignKeys,
                               List<IndexDescription> indexes) {

    public TableDescription {
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
    }
}
