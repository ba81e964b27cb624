package com.insightiq.catalog.sync;

import com.insightiq.catalog.control.CatalogStore;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Mirrors the execution onto the catalog_sync row (RUNNING, or FAILED with the reason); the job_run has its own. */
@Named("catalogSyncTracking")
@Dependent
public class SyncTracking implements JobListener {
    @Inject
    JobContext jobContext;

    @Inject
    CatalogStore store;

    @Override
    public void beforeJob() {
        SyncJob job = SyncJob.of(jobContext);
        store.started(job.tenant(), job.jobRunId());
    }

    @Override
    public void afterJob() {
        if (jobContext.getBatchStatus() != BatchStatus.COMPLETED) {
            SyncJob job = SyncJob.of(jobContext);
            store.failed(job.tenant(), job.jobRunId(), "The sync stopped (" + jobContext.getBatchStatus()
                    + "); the server log has the details.");
        }
    }
}
