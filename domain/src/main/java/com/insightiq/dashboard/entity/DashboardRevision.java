package com.insightiq.dashboard.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * One saved state of a dashboard, numbered from 1 (its creation). {@code snapshot} is the JSON of the content at that
 * point, {@code summary} what changed, in words. Revisions are never edited; restoring writes a new one.
 */
@Entity
@Table(name = "dashboard_revision")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
@NamedQuery(name = DashboardRevision.OF_DASHBOARD, query = "SELECT r FROM DashboardRevision r"
        + " WHERE r.dashboardId = :dashboard ORDER BY r.number DESC")
@NamedQuery(name = DashboardRevision.LATEST_NUMBER,
        query = "SELECT MAX(r.number) FROM DashboardRevision r WHERE r.dashboardId = :dashboard")
@NamedQuery(name = DashboardRevision.BY_NUMBER, query = "SELECT r FROM DashboardRevision r"
        + " WHERE r.dashboardId = :dashboard AND r.number = :number")
public class DashboardRevision {
    public static final String OF_DASHBOARD = "DashboardRevision.ofDashboard";
    public static final String LATEST_NUMBER = "DashboardRevision.latestNumber";
    public static final String BY_NUMBER = "DashboardRevision.byNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dashboard_id", nullable = false, updatable = false)
    private Long dashboardId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false)
    private String summary;

    @Column(nullable = false, updatable = false)
    private String snapshot;

    protected DashboardRevision() {
    }

    public DashboardRevision(long dashboardId, int number, long userId, String summary, String snapshot) {
        this.dashboardId = dashboardId;
        this.number = number;
        this.userId = userId;
        this.summary = summary;
        this.snapshot = snapshot;
        this.createdAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public long dashboardId() {
        return dashboardId;
    }

    public int number() {
        return number;
    }

    public long userId() {
        return userId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String summary() {
        return summary;
    }

    public String snapshot() {
        return snapshot;
    }
}
