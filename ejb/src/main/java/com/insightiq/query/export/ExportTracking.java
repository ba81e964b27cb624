package com.insightiq.query.export;

import com.insightiq.query.control.ExportLedger;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Mirrors the execution onto the job run: running, then completed with the batchlet's JSON summary, or failed with
 * the reason the export recorded (bad SQL, lost role, …) rather than the general message other jobs show.
 */
@Named("queryExportTracking")
@Dependent
public class ExportTracking implements JobListener {
    @Inject
    JobContext jobContext;

    @Inject
    ExportLedger ledger;

    @Override
    public void beforeJob() {
        ExportJob job = ExportJob.of(jobContext);
        ledger.started(job.tenant(), job.exportId(), jobContext.getExecutionId());
    }

    @Override
    public void afterJob() {
        ExportJob job = ExportJob.of(jobContext);
        String summary = jobContext.getExitStatus();
        BatchStatus status = jobContext.getBatchStatus();
        // Inside afterJob the execution still says STARTED; the batchlet's JSON summary is what proves it finished.
        boolean completed = status != BatchStatus.FAILED && status != BatchStatus.STOPPED
                && status != BatchStatus.STOPPING && summary != null && summary.startsWith("{");
        ledger.ended(job.tenant(), job.exportId(), completed, completed ? summary : null);
    }
}
