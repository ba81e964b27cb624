package com.insightiq.connection.control;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Reads the one-query table description every catalog returns, so that describing a table is a single round trip.
 * Row shape, ordered by part, owner, position:
 * <pre>
 * part | owner           | position | name   | type_name | type_basis | flag     | primary_key | target_schema/table/column
 * 1    | -               | ordinal  | column | engine    | for jdbc   | nullable | -           | -
 * 2    | foreign key     | key pos  | column | -         | -          | -        | -           | referenced
 * 3    | index           | key pos  | column | -         | -          | unique   | PK index    | -
 * </pre>
 * The primary-key index only marks its columns and is not listed among the indexes, on every engine.
 */
final class CatalogRows {

    static final int COLUMN = 1;
    static final int FOREIGN_KEY = 2;
    static final int INDEX = 3;

    private CatalogRows() {
    }

    static TableDescription describe(PreparedStatement query, TableRef table, ToIntFunction<String> jdbcType)
            throws SQLException {
        List<String[]> columns = new ArrayList<>();
        List<Boolean> nullable = new ArrayList<>();
        Set<String> primaryKey = new HashSet<>();
        Map<String, List<String[]>> foreignKeys = new LinkedHashMap<>();
        Map<String, List<String>> indexColumns = new LinkedHashMap<>();
        Map<String, Boolean> indexUnique = new LinkedHashMap<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String owner = rows.getString(2);
                String name = rows.getString(4);
                switch (rows.getInt(1)) {
                    case COLUMN -> {
                        columns.add(new String[] {name, rows.getString(5), rows.getString(6)});
                        nullable.add(rows.getBoolean(7));
                    }
                    case FOREIGN_KEY -> foreignKeys.computeIfAbsent(owner, k -> new ArrayList<>())
                            .add(new String[] {name, rows.getString(9), rows.getString(10), rows.getString(11)});
                    case INDEX -> {
                        if (rows.getBoolean(8)) {
                            primaryKey.add(name);
                        } else {
                            indexColumns.computeIfAbsent(owner, k -> new ArrayList<>()).add(name);
                            indexUnique.put(owner, rows.getBoolean(7));
                        }
                    }
                    default -> throw new SQLException("Unexpected catalog row part " + rows.getInt(1));
                }
            }
        }
        if (columns.isEmpty()) {
            throw new SQLException("No such table or view, or no permission to see it", "42S02");
        }
        List<ColumnDescription> described = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String[] column = columns.get(i);
            described.add(new ColumnDescription(column[0], i + 1, column[1], jdbcType.applyAsInt(column[2]),
                    nullable.get(i), primaryKey.contains(column[0])));
        }
        List<ForeignKeyDescription> keys = new ArrayList<>();
        foreignKeys.forEach((name, parts) -> keys.add(new ForeignKeyDescription(name,
                parts.stream().map(p -> p[0]).toList(), parts.get(0)[1], parts.get(0)[2],
                parts.stream().map(p -> p[3]).toList())));
        List<IndexDescription> indexes = new ArrayList<>();
        indexColumns.forEach((name, indexed) -> indexes.add(new IndexDescription(name, indexUnique.get(name), indexed)));
        return new TableDescription(table, described, keys, indexes);
    }

    /** The estimate as the SPI wants it: -1 when the engine does not know (NULL or negative). */
    static long estimate(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() || value < 0 ? -1 : Math.round(value);
    }
}
