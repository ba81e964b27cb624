package com.insightiq.catalog.control;

import com.insightiq.catalog.entity.FingerprintMode;
import com.insightiq.catalog.entity.SyncStatus;
import com.insightiq.tenancy.entity.Slug;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The sync job's reads and small updates of the catalog with plain JDBC, for batch threads where there is no tenant
 * persistence context. Every statement names the tenant schema, which only ever comes from a validated {@link Slug}.
 * Methods join the caller's transaction (a chunk) or run in their own (listeners).
 */
@ApplicationScoped
public class CatalogStore {
    @Resource(lookup = "jdbc/insightiq")
    DataSource dataSource;

    static String table(Slug tenant, String name) {
        return "\"" + tenant.schema() + "\"." + name;
    }

    @Transactional
    public Optional<SyncRow> syncOfRun(Slug tenant, long jobRunId) {
        String sql = "SELECT id, data_source_id, job_run_id, fingerprint, status, resume_schema, resume_name, tables_done,"
                + " added, changed, removed, fingerprinted FROM " + table(tenant, "catalog_sync") + " WHERE job_run_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, jobRunId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String resumeName = rs.getString("resume_name");
                return Optional.of(new SyncRow(rs.getLong("id"), rs.getLong("data_source_id"), rs.getLong("job_run_id"),
                        FingerprintMode.valueOf(rs.getString("fingerprint")), SyncStatus.valueOf(rs.getString("status")),
                        resumeName == null ? Optional.empty()
                                : Optional.of(new TableKey(rs.getString("resume_schema"), resumeName)),
                        rs.getInt("tables_done"), rs.getInt("added"), rs.getInt("changed"), rs.getInt("removed"),
                        rs.getInt("fingerprinted")));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the sync of job run " + jobRunId + " in " + tenant, e);
        }
    }

    /** What the catalog holds about every table of a source: one query, read once per step. */
    @Transactional
    public Map<TableKey, TableChanges.Known> known(Slug tenant, long dataSourceId) {
        String sql = "SELECT id, schema_name, name, structure_hash, fingerprint_hash, last_seen_sync FROM "
                + table(tenant, "catalog_table") + " WHERE data_source_id = ?";
        Map<TableKey, TableChanges.Known> known = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, dataSourceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    known.put(new TableKey(rs.getString(2), rs.getString(3)), new TableChanges.Known(rs.getLong(1),
                            rs.getString(4), Optional.ofNullable(rs.getString(5)), rs.getLong(6)));
                }
            }
            return known;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the catalog of data source " + dataSourceId, e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void started(Slug tenant, long jobRunId) {
        update(tenant, "UPDATE " + table(tenant, "catalog_sync") + " SET status = 'RUNNING', error = NULL,"
                + " started_at = coalesce(started_at, now()), attempts = attempts + 1 WHERE job_run_id = ?", jobRunId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void listed(Slug tenant, long syncId, int total, int done) {
        String sql = "UPDATE " + table(tenant, "catalog_sync") + " SET tables_total = ?, tables_done = ? WHERE id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, total);
            ps.setInt(2, done);
            ps.setLong(3, syncId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the table count of sync " + syncId, e);
        }
    }

    /** Records why a sync stopped, unless a more specific reason is there already. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Slug tenant, long jobRunId, String reason) {
        String sql = "UPDATE " + table(tenant, "catalog_sync") + " SET status = 'FAILED', finished_at = now(),"
                + " error = coalesce(error, ?) WHERE job_run_id = ? AND status IN ('QUEUED', 'RUNNING')";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, reason);
            ps.setLong(2, jobRunId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not mark job run " + jobRunId + " failed", e);
        }
    }

    /** Keeps the reason while the job unwinds; the listener then marks the row failed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void explain(Slug tenant, long syncId, String reason) {
        String sql = "UPDATE " + table(tenant, "catalog_sync") + " SET error = ? WHERE id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, reason);
            ps.setLong(2, syncId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record why sync " + syncId + " failed", e);
        }
    }

    /**
     * After a complete pass: removes what this sync did not see, points FK columns at their target columns, and
     * completes the row. One transaction: a crash before it leaves the previous catalog plus this sync's upserts.
     */
    @Transactional
    public SyncRow finish(Slug tenant, SyncRow sync) {
        try (Connection c = dataSource.getConnection()) {
            int removed;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table(tenant, "catalog_table")
                    + " WHERE data_source_id = ? AND last_seen_sync <> ?")) {
                ps.setLong(1, sync.dataSourceId());
                ps.setLong(2, sync.id());
                removed = ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(resolveForeignKeys(tenant))) {
                ps.setLong(1, sync.dataSourceId());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table(tenant, "catalog_sync")
                    + " SET status = 'COMPLETED', removed = ?, finished_at = now(), error = NULL,"
                    + " tables_done = coalesce(tables_total, tables_done), resume_schema = NULL, resume_name = NULL"
                    + " WHERE id = ?")) {
                ps.setInt(1, removed);
                ps.setLong(2, sync.id());
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not finish sync " + sync.id(), e);
        }
        return syncOfRun(tenant, sync.jobRunId()).orElseThrow();
    }

    /** Each column's declared FK target (first key by ordinal when a column is in several), or null. */
    private static String resolveForeignKeys(Slug tenant) {
        return "UPDATE " + table(tenant, "catalog_column") + " c SET fk_target_column_id = r.target FROM ("
                + " SELECT DISTINCT ON (sc.id) sc.id AS source, tc.id AS target"
                + " FROM " + table(tenant, "catalog_column") + " sc"
                + " JOIN " + table(tenant, "catalog_table") + " st ON st.id = sc.table_id AND st.data_source_id = ?"
                + " LEFT JOIN " + table(tenant, "catalog_foreign_key") + " fk ON fk.table_id = sc.table_id"
                + "   AND fk.column_name = sc.name"
                + " LEFT JOIN " + table(tenant, "catalog_table") + " tt ON tt.data_source_id = st.data_source_id"
                + "   AND tt.schema_name = coalesce(fk.target_schema, '') AND tt.name = fk.target_table"
                + " LEFT JOIN " + table(tenant, "catalog_column") + " tc ON tc.table_id = tt.id AND tc.name = fk.target_column"
                + " ORDER BY sc.id, tc.id IS NULL, fk.name, fk.ordinal) r"
                + " WHERE c.id = r.source AND c.fk_target_column_id IS DISTINCT FROM r.target";
    }

    private void update(Slug tenant, String sql, long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Catalog update failed in " + tenant, e);
        }
    }
}
