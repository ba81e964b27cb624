package com.insightiq.jobs.usage;

import jakarta.annotation.Resource;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Mirrors a batch execution onto the tenant's job_run row: STARTED, then COMPLETED with the summary, or FAILED. */
@Named("jobRunTracking")
@Dependent
public class JobRunTracking implements JobListener {
    @Inject
    JobContext context;

    @Resource(lookup = "jdbc/insightiq")
    DataSource dataSource;

    @Override
    public void beforeJob() throws SQLException {
        TenantJobContext job = TenantJobContext.of(context);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE " + job.table("job_run")
                     + " SET status = 'STARTED', started_at = now(), execution_id = ? WHERE id = ?")) {
            ps.setLong(1, context.getExecutionId());
            ps.setLong(2, job.jobRunId());
            ps.executeUpdate();
        }
    }

    @Override
    public void afterJob() throws SQLException {
        TenantJobContext job = TenantJobContext.of(context);
        String detail = context.getExitStatus();
        BatchStatus status = context.getBatchStatus();
        // The batchlet leaves a JSON summary when it finishes; anything else means it did not.
        boolean failed = status == BatchStatus.FAILED || status == BatchStatus.STOPPED
                || status == BatchStatus.STOPPING || detail == null || !detail.startsWith("{");
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE " + job.table("job_run")
                     + " SET status = ?, finished_at = now(), summary = ?, error = ? WHERE id = ?")) {
            ps.setString(1, failed ? "FAILED" : "COMPLETED");
            ps.setString(2, failed ? null : detail);
            ps.setString(3, failed ? "The job failed (" + status + "); the server log has the details." : null);
            ps.setLong(4, job.jobRunId());
            ps.executeUpdate();
        }
    }
}
