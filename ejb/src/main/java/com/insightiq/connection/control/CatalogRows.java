package com.insightiq.connection.control;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Reads the table descriptions every catalog returns from one query, for one table or a whole schema, so that
 * describing costs one round trip. Row shape, ordered by table, part, owner, position:
 * <pre>
 * table | part | owner       | position | name   | type_name | type_basis | flag     | primary_key | target schema/table/column
 * t     | 1    | -           | ordinal  | column | engine    | for jdbc   | nullable | -           | -
 * t     | 2    | foreign key | key pos  | column | -         | -          | -        | -           | referenced
 * t     | 3    | index       | key pos  | column | -         | -          | unique   | PK index    | -
 * </pre>
 * The primary-key index only marks its columns and is not listed among the indexes, on every engine.
 */
final class CatalogRows {

    private static final int COLUMN = 1;
    private static final int FOREIGN_KEY = 2;
    private static final int INDEX = 3;

    private CatalogRows() {
    }

    static TableDescription describe(PreparedStatement query, TableRef table, ToIntFunction<String> jdbcType)
            throws SQLException {
        TableRows rows = read(query).get(table.name());
        if (rows == null || rows.columns.isEmpty()) {
            throw new SQLException("No such table or view, or no permission to see it", "42S02");
        }
        return rows.description(table, jdbcType);
    }

    /** Descriptions of the given tables, in their order; a table that vanished in between is left out. */
    static List<TableDescription> describeAll(PreparedStatement query, List<TableRef> tables,
                                              ToIntFunction<String> jdbcType) throws SQLException {
        Map<String, TableRows> byTable = read(query);
        List<TableDescription> described = new ArrayList<>();
        for (TableRef table : tables) {
            TableRows rows = byTable.get(table.name());
            if (rows != null && !rows.columns.isEmpty()) {
                described.add(rows.description(table, jdbcType));
            }
        }
        return described;
    }

    /** The estimate as the SPI wants it: -1 when the engine does not know (NULL or negative). */
    static long estimate(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() || value < 0 ? -1 : Math.round(value);
    }

    private static Map<String, TableRows> read(PreparedStatement query) throws SQLException {
        Map<String, TableRows> byTable = new HashMap<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                byTable.computeIfAbsent(rows.getString(1), name -> new TableRows()).add(rows);
            }
        }
        return byTable;
    }

    /** The rows of one table, gathered in query order. */
    private static final class TableRows {
        private final List<String[]> columns = new ArrayList<>();
        private final List<Boolean> nullable = new ArrayList<>();
        private final Set<String> primaryKey = new HashSet<>();
        private final Map<String, List<String[]>> foreignKeys = new LinkedHashMap<>();
        private final Map<String, List<String>> indexColumns = new LinkedHashMap<>();
        private final Map<String, Boolean> indexUnique = new HashMap<>();

        void add(ResultSet rows) throws SQLException {
            String owner = rows.getString(3);
            String name = rows.getString(5);
            switch (rows.getInt(2)) {
                case COLUMN -> {
                    columns.add(new String[] {name, rows.getString(6), rows.getString(7)});
                    nullable.add(rows.getBoolean(8));
                }
                case FOREIGN_KEY -> foreignKeys.computeIfAbsent(owner, k -> new ArrayList<>())
                        .add(new String[] {name, rows.getString(10), rows.getString(11), rows.getString(12)});
                case INDEX -> {
                    if (rows.getBoolean(9)) {
                        primaryKey.add(name);
                    } else {
                        indexColumns.computeIfAbsent(owner, k -> new ArrayList<>()).add(name);
                        indexUnique.put(owner, rows.getBoolean(8));
                    }
                }
                default -> throw new SQLException("Unexpected catalog row part " + rows.getInt(2));
            }
        }

        TableDescription description(TableRef table, ToIntFunction<String> jdbcType) {
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
    }
}
