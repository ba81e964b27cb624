package com.insightiq.catalog.sync;

import com.insightiq.jobs.entity.JobParameters;
import com.insightiq.tenancy.entity.Slug;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import java.util.Properties;

/** The tenant and job run of a catalog-sync execution, from its job parameters; the slug is validated before use. */
record SyncJob(Slug tenant, long jobRunId) {

    static SyncJob of(JobContext context) {
        Properties parameters = BatchRuntime.getJobOperator().getParameters(context.getExecutionId());
        String tenant = parameters.getProperty(JobParameters.TENANT);
        String run = parameters.getProperty(JobParameters.JOB_RUN_ID);
        if (!Slug.isValid(tenant) || run == null || !run.matches("\\d{1,18}")) {
            throw new IllegalArgumentException("catalog-sync needs a valid tenant and job run id");
        }
        return new SyncJob(new Slug(tenant), Long.parseLong(run));
    }
}
