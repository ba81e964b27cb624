package com.insightiq.catalog.control;

import com.insightiq.connection.control.TableRef;
import java.io.Serializable;
import java.util.Comparator;

/**
 * A table's place in the sync order (schema, then name): the batch checkpoint. Resuming "after this key" instead of
 * "after position n" stays right when tables were added or dropped while the sync was interrupted.
 */
public record TableKey(String schema, String name) implements Serializable, Comparable<TableKey> {
    private static final Comparator<TableKey> ORDER =
            Comparator.comparing(TableKey::schema).thenComparing(TableKey::name);

    public TableKey {
        schema = schema == null ? "" : schema;
    }

    public static TableKey of(TableRef table) {
        return new TableKey(table.schema(), table.name());
    }

    @Override
    public int compareTo(TableKey other) {
        return ORDER.compare(this, other);
    }
}
