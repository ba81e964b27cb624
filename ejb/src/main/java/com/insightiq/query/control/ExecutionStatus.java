package com.insightiq.query.control;

import java.util.Locale;

/** Where an execution stands; the API shows the lower-case name. */
public enum ExecutionStatus {
    QUEUED, RUNNING, COMPLETED, FAILED, CANCELLED, TIMEOUT;

    public boolean finished() {
        return this != QUEUED && this != RUNNING;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
