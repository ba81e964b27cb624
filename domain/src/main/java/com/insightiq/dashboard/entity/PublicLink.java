package com.insightiq.dashboard.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A public link: an unguessable token that opens one dashboard of one tenant read-only, without signing in. It is a
 * control row because the public address names no tenant; revoking deletes it, so the address is 404 at once. The
 * creator is the member whose rights the public runs use.
 */
@Entity
@Table(name = "public_link", schema = "control")
@NamedQuery(name = PublicLink.OF_ITEM, query = "SELECT l FROM PublicLink l WHERE l.tenantId = :tenant"
        + " AND l.itemType = :type AND l.itemId = :item")
public class PublicLink {
    public static final String OF_ITEM = "PublicLink.ofItem";
    public static final String DASHBOARD = "DASHBOARD";

    @Id
    private String token;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "item_type", nullable = false, updatable = false)
    private String itemType;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PublicLink() {
    }

    private PublicLink(String token, long tenantId, String itemType, long itemId, long createdBy) {
        this.token = token;
        this.tenantId = tenantId;
        this.itemType = itemType;
        this.itemId = itemId;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public static PublicLink toDashboard(String token, long tenantId, long dashboardId, long createdBy) {
        return new PublicLink(token, tenantId, DASHBOARD, dashboardId, createdBy);
    }

    public String token() {
        return token;
    }

    public long tenantId() {
        return tenantId;
    }

    public boolean opensDashboard() {
        return DASHBOARD.equals(itemType);
    }

    public long itemId() {
        return itemId;
    }

    public long createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
