package com.insightiq.query.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * A query export running as a background job: what to run (source, SQL, template values, format) and, once done, the
 * file it wrote. Shares its id with its {@code job_run}, which holds the status and the owner.
 */
@Entity
@Table(name = "query_export")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
public class QueryExport {
    @Id
    @Column(name = "job_run_id")
    private Long jobRunId;

    @Column(nullable = false, updatable = false)
    private String format;

    @Column(name = "data_source_id", nullable = false, updatable = false)
    private Long dataSourceId;

    @Column(name = "sql_text", nullable = false, updatable = false)
    private String sql;

    @Column(nullable = false, updatable = false)
    private String parameters;

    @Column(name = "estimated_rows", updatable = false)
    private Long estimatedRows;

    @Column(name = "notice_link", updatable = false)
    private String noticeLink;

    @Column(name = "row_count")
    private Long rowCount;

    @Column(name = "file_bytes")
    private Long fileBytes;

    @Column(name = "expires_at")
    private Instant expiresAt;

    private String error;

    protected QueryExport() {
    }

    public QueryExport(long jobRunId, String format, long dataSourceId, String sql, String parameters,
                       Long estimatedRows, String noticeLink) {
        this.jobRunId = jobRunId;
        this.format = format;
        this.dataSourceId = dataSourceId;
        this.sql = sql;
        this.parameters = parameters;
        this.estimatedRows = estimatedRows;
        this.noticeLink = noticeLink;
    }

    /** The file is complete: it may be downloaded until {@code expiresAt}. */
    public void written(long rows, long bytes, Instant expiresAt) {
        this.rowCount = rows;
        this.fileBytes = bytes;
        this.expiresAt = expiresAt;
        this.error = null;
    }

    public void failed(String reason) {
        this.error = reason;
    }

    public long jobRunId() {
        return jobRunId;
    }

    public String format() {
        return format;
    }

    public long dataSourceId() {
        return dataSourceId;
    }

    public String sql() {
        return sql;
    }

    public String parameters() {
        return parameters;
    }

    public Optional<Long> estimatedRows() {
        return Optional.ofNullable(estimatedRows);
    }

    public Optional<String> noticeLink() {
        return Optional.ofNullable(noticeLink);
    }

    public Optional<Long> rowCount() {
        return Optional.ofNullable(rowCount);
    }

    public Optional<Long> fileBytes() {
        return Optional.ofNullable(fileBytes);
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public Optional<String> error() {
        return Optional.ofNullable(error);
    }
}
