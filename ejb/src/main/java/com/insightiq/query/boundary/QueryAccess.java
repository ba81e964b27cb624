package com.insightiq.query.boundary;

import com.insightiq.access.control.Caller;
import com.insightiq.access.control.RolePermissions;
import com.insightiq.tenancy.control.TenantAccess;
import com.insightiq.tenancy.entity.Slug;
import com.insightiq.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The tenant and permission check of the query boundary in a transaction of its own: waiting for a query (up to two
 * minutes) must not hold a transaction and a connection of the application's pool.
 */
@ApplicationScoped
public class QueryAccess {
    /** Analysts and admins run SQL; viewers do not (they run saved questions). */
    static final String RESOURCE = "query";
    /** Only tenant admins read the whole tenant's query log and others' executions. */
    static final String LOG_RESOURCE = "querylog";

    @Inject
    TenantAccess access;

    @Inject
    Caller caller;

    /** Who is asking, in which tenant, and whether they may see every member's executions. */
    public record Member(Slug tenant, long userId, boolean tenantAdmin) {
        public boolean mayWatch(long ownerId) {
            return tenantAdmin || ownerId == userId;
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Member enter(String slug, String action) {
        Tenant tenant = access.enter(slug, RESOURCE, action);
        return new Member(new Slug(tenant.slug()), caller.userId(),
                caller.isPermitted(RolePermissions.of(tenant.slug(), LOG_RESOURCE, "view")));
    }
}
