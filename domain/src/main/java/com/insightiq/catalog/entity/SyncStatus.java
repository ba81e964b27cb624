package com.insightiq.catalog.entity;

/** Where a catalog sync is. */
public enum SyncStatus {
    QUEUED, RUNNING, COMPLETED, FAILED;

    public boolean isActive() {
        return this == QUEUED || this == RUNNING;
    }
}
