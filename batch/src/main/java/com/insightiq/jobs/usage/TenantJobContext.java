package com.insightiq.jobs.usage;

import com.insightiq.jobs.entity.JobParameters;
import com.insightiq.tenancy.entity.Slug;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The tenant and job run a batch execution works for, read from its job parameters. The slug is checked against the
 * control schema before its schema name is used in SQL.
 */
record TenantJobContext(Slug slug, long jobRunId) {

    static TenantJobContext of(JobContext context) {
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties parameters = operator.getParameters(context.getExecutionId());
        String tenant = parameters.getProperty(JobParameters.TENANT);
        String run = parameters.getProperty(JobParameters.JOB_RUN_ID);
        if (!Slug.isValid(tenant) || run == null) {
            throw new IllegalArgumentException("Job parameters lack a valid tenant and job run id");
        }
        return new TenantJobContext(new Slug(tenant), Long.parseLong(run));
    }

    long tenantId(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id FROM control.tenant WHERE slug = ? AND status = 'ACTIVE'")) {
            ps.setString(1, slug.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("Tenant " + slug + " is not active");
                }
                return rs.getLong(1);
            }
        }
    }

    /** A table of the tenant's schema, safe to put in SQL because the slug is validated. */
    String table(String name) {
        return slug.schema() + "." + name;
    }
}
