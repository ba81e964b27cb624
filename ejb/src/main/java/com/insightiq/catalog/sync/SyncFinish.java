package com.insightiq.catalog.sync;

import com.insightiq.catalog.control.CatalogStore;
import com.insightiq.catalog.control.SyncRow;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Runs only after the chunk step saw every table: removes what this sync did not see, resolves FK targets across
 * tables and completes the sync row; the job's exit status becomes the JSON summary the job run shows.
 */
@Named("catalogSyncFinish")
@Dependent
public class SyncFinish extends AbstractBatchlet {
    @Inject
    JobContext jobContext;

    @Inject
    CatalogStore store;

    @Override
    public String process() {
        SyncJob job = SyncJob.of(jobContext);
        SyncRow sync = store.syncOfRun(job.tenant(), job.jobRunId()).orElseThrow();
        SyncRow done = store.finish(job.tenant(), sync);
        jobContext.setExitStatus(String.format("{\"dataSourceId\":%d,\"syncId\":%d,\"tables\":%d,\"added\":%d,"
                        + "\"changed\":%d,\"removed\":%d,\"fingerprinted\":%d}", done.dataSourceId(), done.id(),
                done.tablesDone(), done.added(), done.changed(), done.removed(), done.fingerprinted()));
        return "COMPLETED";
    }
}
