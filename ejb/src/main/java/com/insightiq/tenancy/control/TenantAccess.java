package com.insightiq.tenancy.control;

import com.insightiq.access.control.Caller;
import com.insightiq.access.control.RolePermissions;
import com.insightiq.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one door into a tenant for boundaries: the tenant must exist and be active (else 404), the caller must be a
 * member (else 403) and hold the permission (else 403); then the transaction's persistence context points at the
 * tenant's schema.
 */
@ApplicationScoped
public class TenantAccess {
    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantRegistry registry;

    @Inject
    TenantScope scope;

    @Inject
    Caller caller;

    public Tenant enter(String slug, String resource, String action) {
        caller.principal();
        Tenant tenant = registry.activeBySlug(slug);
        caller.require(RolePermissions.enter(tenant.slug()),
                "You are not a member of tenant '" + tenant.slug() + "'.");
        caller.require(RolePermissions.of(tenant.slug(), resource, action),
                "Your role in '" + tenant.slug() + "' does not allow this.");
        scope.enter(em, tenant.schema());
        return tenant;
    }
}
