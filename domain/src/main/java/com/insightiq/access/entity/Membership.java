package com.insightiq.access.entity;

import com.insightiq.tenancy.entity.Tenant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's role in one tenant. */
@Entity
@Table(name = "membership", schema = "control")
@NamedQuery(name = Membership.OF_USER,
        query = "SELECT m FROM Membership m WHERE m.user.id = :userId ORDER BY m.tenant.slug")
@NamedQuery(name = Membership.OF_TENANT,
        query = "SELECT m FROM Membership m WHERE m.tenant.id = :tenantId ORDER BY LOWER(m.user.email)")
@NamedQuery(name = Membership.OF_USER_IN_TENANT,
        query = "SELECT m FROM Membership m WHERE m.user.id = :userId AND m.tenant.id = :tenantId")
@NamedQuery(name = Membership.COUNT_ROLE,
        query = "SELECT COUNT(m) FROM Membership m WHERE m.tenant.id = :tenantId AND m.role = :role")
public class Membership {
    public static final String OF_USER = "Membership.ofUser";
    public static final String OF_TENANT = "Membership.ofTenant";
    public static final String OF_USER_IN_TENANT = "Membership.ofUserInTenant";
    public static final String COUNT_ROLE = "Membership.countRole";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @ManyToOne(optional = false)
    @JoinColumn(name = "tenant_id")
    private Tenant tenant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Membership() {
    }

    public Membership(User user, Tenant tenant, Role role) {
        this.user = user;
        this.tenant = tenant;
        this.role = role;
        this.createdAt = Instant.now();
    }

    public void changeRole(Role newRole) {
        this.role = newRole;
    }

    public Long id() {
        return id;
    }

    public User user() {
        return user;
    }

    public Tenant tenant() {
        return tenant;
    }

    public Role role() {
        return role;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
