package com.insightiq.query.export;

import com.insightiq.jobs.entity.JobParameters;
import com.insightiq.tenancy.entity.Slug;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import java.util.Properties;

/** The tenant and export (= job run) of a query-export execution, from its job parameters, validated before use. */
record ExportJob(Slug tenant, long exportId) {

    static ExportJob of(JobContext context) {
        Properties parameters = BatchRuntime.getJobOperator().getParameters(context.getExecutionId());
        String tenant = parameters.getProperty(JobParameters.TENANT);
        String run = parameters.getProperty(JobParameters.JOB_RUN_ID);
        if (!Slug.isValid(tenant) || run == null || !run.matches("\\d{1,18}")) {
            throw new IllegalArgumentException("query-export needs a valid tenant and job run id");
        }
        return new ExportJob(new Slug(tenant), Long.parseLong(run));
    }
}
