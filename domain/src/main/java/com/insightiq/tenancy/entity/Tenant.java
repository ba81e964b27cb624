package com.insightiq.tenancy.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** A customer organisation. Its data lives in its own PostgreSQL schema, named from the slug. */
@Entity
@Table(name = "tenant", schema = "control")
@NamedQuery(name = Tenant.BY_SLUG, query = "SELECT t FROM Tenant t WHERE t.slug = :slug")
@NamedQuery(name = Tenant.BY_HOST, query = "SELECT t FROM Tenant t JOIN t.hosts h WHERE h = :host")
@NamedQuery(name = Tenant.ALL, query = "SELECT t FROM Tenant t ORDER BY t.slug")
@NamedQuery(name = Tenant.BY_STATUS, query = "SELECT t FROM Tenant t WHERE t.status = :status")
public class Tenant {
    public static final String BY_SLUG = "Tenant.bySlug";
    public static final String BY_HOST = "Tenant.byHost";
    public static final String ALL = "Tenant.all";
    public static final String BY_STATUS = "Tenant.byStatus";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenantStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tenant_host", schema = "control", joinColumns = @JoinColumn(name = "tenant_id"))
    @Column(name = "host")
    private Set<String> hosts = new TreeSet<>();

    protected Tenant() {
    }

    public Tenant(String slug, String name) {
        this.slug = slug;
        this.name = name;
        this.status = TenantStatus.PROVISIONING;
        this.createdAt = Instant.now();
    }

    /** The PostgreSQL schema holding this tenant's data; slugs are validated, so the name is a plain identifier. */
    public String schema() {
        return new Slug(slug).schema();
    }

    public void activate() {
        status = TenantStatus.ACTIVE;
    }

    public void suspend() {
        status = TenantStatus.SUSPENDED;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public TenantStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<String> hosts() {
        return hosts;
    }
}
