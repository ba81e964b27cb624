package com.insightiq.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** One sync run of a data source: its progress and counts. The batch job updates it with JDBC. */
@Entity
@Table(name = "catalog_sync")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
@NamedQuery(name = CatalogSync.HISTORY, query = "SELECT s FROM CatalogSync s WHERE s.dataSourceId = :dataSource "
        + "ORDER BY s.id DESC")
@NamedQuery(name = CatalogSync.ACTIVE, query = "SELECT s FROM CatalogSync s WHERE s.dataSourceId = :dataSource "
        + "AND s.status IN (com.insightiq.catalog.entity.SyncStatus.QUEUED, com.insightiq.catalog.entity.SyncStatus.RUNNING)")
@NamedQuery(name = CatalogSync.UNFINISHED, query = "SELECT s FROM CatalogSync s WHERE s.status IN "
        + "(com.insightiq.catalog.entity.SyncStatus.QUEUED, com.insightiq.catalog.entity.SyncStatus.RUNNING)")
public class CatalogSync {
    public static final String HISTORY = "CatalogSync.history";
    public static final String ACTIVE = "CatalogSync.active";
    public static final String UNFINISHED = "CatalogSync.unfinished";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "data_source_id", nullable = false, updatable = false)
    private Long dataSourceId;

    @Column(name = "job_run_id", nullable = false, updatable = false)
    private Long jobRunId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SyncTrigger trigger;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FingerprintMode fingerprint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SyncStatus status;

    @Column(name = "tables_total")
    private Integer tablesTotal;

    @Column(name = "tables_done")
    private int tablesDone;

    private int added;
    private int changed;
    private int removed;
    private int fingerprinted;
    private int attempts;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    private String error;

    protected CatalogSync() {
    }

    public CatalogSync(long dataSourceId, long jobRunId, SyncTrigger trigger, FingerprintMode fingerprint) {
        this.dataSourceId = dataSourceId;
        this.jobRunId = jobRunId;
        this.trigger = trigger;
        this.fingerprint = fingerprint;
        this.status = SyncStatus.QUEUED;
        this.requestedAt = Instant.now();
    }

    /** The run behind it ended without the job saying so (it could not start, or was abandoned). */
    public void abandon(String reason) {
        this.status = SyncStatus.FAILED;
        this.error = reason;
        this.finishedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public Long dataSourceId() {
        return dataSourceId;
    }

    public Long jobRunId() {
        return jobRunId;
    }

    public SyncTrigger trigger() {
        return trigger;
    }

    public FingerprintMode fingerprint() {
        return fingerprint;
    }

    public SyncStatus status() {
        return status;
    }

    public Optional<Integer> tablesTotal() {
        return Optional.ofNullable(tablesTotal);
    }

    public int tablesDone() {
        return tablesDone;
    }

    public int added() {
        return added;
    }

    public int changed() {
        return changed;
    }

    public int removed() {
        return removed;
    }

    public int fingerprinted() {
        return fingerprinted;
    }

    public int attempts() {
        return attempts;
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

    public Optional<String> error() {
        return Optional.ofNullable(error);
    }
}
