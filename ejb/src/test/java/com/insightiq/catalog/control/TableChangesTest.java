package com.insightiq.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.catalog.control.TableChanges.Change;
import com.insightiq.catalog.control.TableChanges.Known;
import com.insightiq.catalog.entity.FingerprintMode;
import com.insightiq.connection.control.ColumnDescription;
import com.insightiq.connection.control.ForeignKeyDescription;
import com.insightiq.connection.control.IndexDescription;
import com.insightiq.connection.control.TableDescription;
import com.insightiq.connection.control.TableRef;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TableChangesTest {
    private static final long SYNC = 7;

    private static TableDescription orders(boolean withNote, long rows) {
        List<ColumnDescription> columns = new java.util.ArrayList<>(List.of(
                new ColumnDescription("id", 1, "int8", Types.BIGINT, false, true),
                new ColumnDescription("customer_id", 2, "int8", Types.BIGINT, false, false)));
        if (withNote) {
            columns.add(new ColumnDescription("note", 3, "text", Types.VARCHAR, true, false));
        }
        return new TableDescription(new TableRef("public", "orders", TableRef.Kind.TABLE, rows), columns,
                List.of(new ForeignKeyDescription("fk", List.of("customer_id"), "public", "customers", List.of("id"))),
                List.of(new IndexDescription("orders_pkey", true, List.of("id"))));
    }

    @Test
    void hashSeesStructureNotRowEstimates() {
        assertEquals(StructureHash.of(orders(false, 10)), StructureHash.of(orders(false, 99_999)));
        assertNotEquals(StructureHash.of(orders(false, 10)), StructureHash.of(orders(true, 10)));
    }

    @Test
    void addedChangedUnchangedAndAlreadySeen() {
        String hash = StructureHash.of(orders(false, 1));
        String other = StructureHash.of(orders(true, 1));
        assertEquals(Change.ADDED, TableChanges.classify(Optional.empty(), hash, SYNC));
        assertEquals(Change.UNCHANGED, TableChanges.classify(Optional.of(new Known(1, hash, Optional.empty(), 6)), hash, SYNC));
        assertEquals(Change.CHANGED, TableChanges.classify(Optional.of(new Known(1, other, Optional.empty(), 6)), hash, SYNC));
        assertEquals(Change.ALREADY_SEEN, TableChanges.classify(Optional.of(new Known(1, hash, Optional.empty(), SYNC)),
                hash, SYNC), "a resumed sync does not count a table twice");
        assertTrue(TableChanges.rewritesStructure(Optional.empty(), hash));
        assertTrue(TableChanges.rewritesStructure(Optional.of(new Known(1, other, Optional.empty(), 6)), hash));
        assertFalse(TableChanges.rewritesStructure(Optional.of(new Known(1, hash, Optional.empty(), 6)), hash));
    }

    @Test
    void fingerprintOnlyWhatIsNewChangedOrNeverSampled() {
        Optional<Known> sampled = Optional.of(new Known(1, "h", Optional.of("h"), 6));
        Optional<Known> stale = Optional.of(new Known(1, "h", Optional.of("old"), 6));
        Optional<Known> never = Optional.of(new Known(1, "h", Optional.empty(), 6));
        assertFalse(TableChanges.needsFingerprint(FingerprintMode.CHANGED, sampled, "h"));
        assertTrue(TableChanges.needsFingerprint(FingerprintMode.CHANGED, stale, "h"));
        assertTrue(TableChanges.needsFingerprint(FingerprintMode.CHANGED, never, "h"));
        assertTrue(TableChanges.needsFingerprint(FingerprintMode.CHANGED, Optional.empty(), "h"));
        assertTrue(TableChanges.needsFingerprint(FingerprintMode.ALL, sampled, "h"));
        assertFalse(TableChanges.needsFingerprint(FingerprintMode.NONE, Optional.empty(), "h"));
    }

    @Test
    void resumeKeysOrderBySchemaThenName() {
        TreeSet<TableKey> keys = new TreeSet<>(List.of(new TableKey("b", "a"), new TableKey(null, "z"),
                new TableKey("a", "b"), new TableKey("a", "a")));
        assertEquals(List.of(new TableKey("", "z"), new TableKey("a", "a"), new TableKey("a", "b"), new TableKey("b", "a")),
                List.copyOf(keys));
    }
}
