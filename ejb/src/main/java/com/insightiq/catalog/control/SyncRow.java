package com.insightiq.catalog.control;

import com.insightiq.catalog.entity.FingerprintMode;
import com.insightiq.catalog.entity.SyncStatus;
import java.util.Optional;

/** A catalog_sync row as the batch job reads it (no JPA on batch threads). */
public record SyncRow(long id, long dataSourceId, long jobRunId, FingerprintMode mode, SyncStatus status,
                      Optional<TableKey> resumeAfter, int tablesDone, int added, int changed, int removed,
                      int fingerprinted) {
}
