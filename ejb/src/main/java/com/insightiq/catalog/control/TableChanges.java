package com.insightiq.catalog.control;

import com.insightiq.catalog.entity.FingerprintMode;
import java.util.Optional;

/**
 * The incremental diff of one table: compares what a sync describes with what the catalog holds. A table this sync
 * already wrote (an interrupted sync resumed) counts as nothing, so counts never double.
 */
public final class TableChanges {
    private TableChanges() {
    }

    /** What the catalog holds about a table before this chunk. */
    public record Known(long id, String structureHash, Optional<String> fingerprintHash, long lastSeenSync) {
    }

    public enum Change {
        ADDED, CHANGED, UNCHANGED, ALREADY_SEEN
    }

    public static Change classify(Optional<Known> known, String structureHash, long syncId) {
        if (known.isEmpty()) {
            return Change.ADDED;
        }
        if (known.get().lastSeenSync() == syncId) {
            return Change.ALREADY_SEEN;
        }
        return known.get().structureHash().equals(structureHash) ? Change.UNCHANGED : Change.CHANGED;
    }

    /** Columns, keys and indexes must be (re)written: the table is new or its structure differs from the stored one. */
    public static boolean rewritesStructure(Optional<Known> known, String structureHash) {
        return known.map(k -> !k.structureHash().equals(structureHash)).orElse(true);
    }

    /** Whether to sample the table in this sync. */
    public static boolean needsFingerprint(FingerprintMode mode, Optional<Known> known, String structureHash) {
        return switch (mode) {
            case NONE -> false;
            case ALL -> true;
            case CHANGED -> known.flatMap(Known::fingerprintHash).filter(structureHash::equals).isEmpty();
        };
    }
}
