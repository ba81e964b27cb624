package com.insightiq.catalog.control;

import com.insightiq.connection.control.ColumnDescription;
import com.insightiq.connection.control.ForeignKeyDescription;
import com.insightiq.connection.control.IndexDescription;
import com.insightiq.connection.control.TableDescription;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 of everything the catalog keeps about a table's structure (kind, columns, keys, indexes; not the row
 * estimate, which moves all the time). Equal hash = the table did not change since the last sync.
 */
public final class StructureHash {
    private StructureHash() {
    }

    public static String of(TableDescription d) {
        StringBuilder s = new StringBuilder(256);
        s.append(d.table().kind()).append('\u0001');
        for (ColumnDescription c : d.columns()) {
            s.append('C').append(c.name()).append('\u0002').append(c.position()).append('\u0002')
                    .append(c.databaseType()).append('\u0002').append(c.jdbcType()).append('\u0002')
                    .append(c.nullable()).append('\u0002').append(c.primaryKey()).append('\u0001');
        }
        for (ForeignKeyDescription f : d.foreignKeys()) {
            s.append('F').append(f.name()).append('\u0002').append(String.join("\u0003", f.columns())).append('\u0002')
                    .append(f.targetSchema()).append('\u0002').append(f.targetTable()).append('\u0002')
                    .append(String.join("\u0003", f.targetColumns())).append('\u0001');
        }
        for (IndexDescription i : d.indexes()) {
            s.append('I').append(i.name()).append('\u0002').append(i.unique()).append('\u0002')
                    .append(String.join("\u0003", i.columns())).append('\u0001');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
