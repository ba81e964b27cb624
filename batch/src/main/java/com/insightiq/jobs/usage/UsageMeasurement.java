package com.insightiq.jobs.usage;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Measures one tenant: members by role (control schema) and the tables and bytes of its own schema. Stores a
 * usage snapshot in the tenant schema and leaves a one-line JSON summary as the exit status.
 */
@Named("usageMeasurement")
@Dependent
public class UsageMeasurement extends AbstractBatchlet {
    @Inject
    JobContext context;

    @Resource(lookup = "jdbc/insightiq")
    DataSource dataSource;

    @Override
    public String process() throws SQLException {
        TenantJobContext job = TenantJobContext.of(context);
        try (Connection c = dataSource.getConnection()) {
            long tenantId = job.tenantId(c);
            int admins = members(c, tenantId, "ADMIN");
            int analysts = members(c, tenantId, "ANALYST");
            int viewers = members(c, tenantId, "VIEWER");
            int tables;
            long bytes;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*), coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                            + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind = 'r'")) {
                ps.setString(1, job.slug().schema());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    tables = rs.getInt(1);
                    bytes = rs.getLong(2);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + job.table("usage_snapshot")
                    + " (job_run_id, admins, analysts, viewers, tables, schema_bytes) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, job.jobRunId());
                ps.setInt(2, admins);
                ps.setInt(3, analysts);
                ps.setInt(4, viewers);
                ps.setInt(5, tables);
                ps.setLong(6, bytes);
                ps.executeUpdate();
            }
            String summary = String.format(
                    "{\"tenant\":\"%s\",\"admins\":%d,\"analysts\":%d,\"viewers\":%d,\"tables\":%d,\"schemaBytes\":%d}",
                    job.slug(), admins, analysts, viewers, tables, bytes);
            context.setExitStatus(summary);
            return "COMPLETED";
        }
    }

    private static int members(Connection c, long tenantId, String role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM control.membership WHERE tenant_id = ? AND role = ?")) {
            ps.setLong(1, tenantId);
            ps.setString(2, role);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
