package com.insightiq.jobs.entity;

/** Where a requested job is: queued on the broker, running in Jakarta Batch, or finished. */
public enum JobStatus {
    QUEUED, STARTED, COMPLETED, FAILED;

    public boolean isFinished() {
        return this == COMPLETED || this == FAILED;
    }
}
