package com.insightiq.catalog.sync;

import com.insightiq.catalog.control.SyncRow;
import com.insightiq.catalog.control.TableChanges;
import com.insightiq.catalog.control.TableKey;
import com.insightiq.connection.control.OpenSource;
import com.insightiq.tenancy.entity.Slug;
import java.util.Map;
import java.util.Optional;

/**
 * State the reader, processor and writer of one step execution share (as the step's transient user data): the open
 * source connection, the sync row and what the catalog held before the step.
 */
final class SyncRun {
    final Slug tenant;
    final SyncRow sync;
    final OpenSource source;
    private final Map<TableKey, TableChanges.Known> known;
    /** Tables read so far in sync order, counting those resumed past. */
    int position;

    SyncRun(Slug tenant, SyncRow sync, OpenSource source, Map<TableKey, TableChanges.Known> known, int position) {
        this.tenant = tenant;
        this.sync = sync;
        this.source = source;
        this.known = known;
        this.position = position;
    }

    Optional<TableChanges.Known> known(TableKey key) {
        return Optional.ofNullable(known.get(key));
    }
}
