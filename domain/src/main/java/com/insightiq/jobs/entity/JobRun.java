package com.insightiq.jobs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** One request for long work in a tenant, from the moment it is queued until it finishes. Lives in the tenant schema. */
@Entity
@Table(name = "job_run")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
@NamedQuery(name = JobRun.RECENT, query = "SELECT j FROM JobRun j ORDER BY j.requestedAt DESC, j.id DESC")
public class JobRun {
    public static final String RECENT = "JobRun.recent";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_name", nullable = false, updatable = false)
    private String jobName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobStatus status;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private Long requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "execution_id")
    private Long executionId;

    private String summary;

    private String error;

    protected JobRun() {
    }

    public JobRun(String jobName, Long requestedBy) {
        this.jobName = jobName;
        this.requestedBy = requestedBy;
        this.status = JobStatus.QUEUED;
        this.requestedAt = Instant.now();
    }

    /** The broker delivered the request and Jakarta Batch accepted it under this execution id. */
    public void launched(long batchExecutionId) {
        this.executionId = batchExecutionId;
    }

    /** Jakarta Batch started the work (jobs tracked through JPA; others through the batch module's listener). */
    public void start(long batchExecutionId) {
        this.status = JobStatus.STARTED;
        this.startedAt = Instant.now();
        this.executionId = batchExecutionId;
    }

    public void complete(String summaryJson) {
        this.status = JobStatus.COMPLETED;
        this.summary = summaryJson;
        this.error = null;
        this.finishedAt = Instant.now();
    }

    public void fail(String reason) {
        this.status = JobStatus.FAILED;
        this.error = reason;
        this.finishedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public String jobName() {
        return jobName;
    }

    public JobStatus status() {
        return status;
    }

    public Long requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public Optional<Long> executionId() {
        return Optional.ofNullable(executionId);
    }

    public Optional<String> summary() {
        return Optional.ofNullable(summary);
    }

    public Optional<String> error() {
        return Optional.ofNullable(error);
    }
}
