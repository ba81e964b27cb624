package com.insightiq.query.boundary;

import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.query.control.QueryLimits;
import com.insightiq.query.control.ResultCache;
import com.insightiq.tenancy.control.TenantAccess;
import com.insightiq.tenancy.entity.Slug;
import com.insightiq.tenancy.entity.Tenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Query settings a tenant admin chooses for the whole tenant — statement timeout, queries running at once, how long
 * results stay cached — always within the operator's ceilings.
 */
@Stateless
public class QuerySettings {
    /** Only tenant admins, as for the connection settings. */
    static final String RESOURCE = "settings";

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantAccess access;

    @Inject
    QueryLimits limits;

    @Inject
    ResultCache cache;

    /** What a tenant admin sends; absent fields keep their value. */
    public record Change(Integer timeoutSeconds, Integer maxConcurrent, Integer cacheTtlSeconds) {
    }

    /** The tenant's values and, beside them, the ceilings they must stay within. */
    public record Values(int timeoutSeconds, int maxConcurrent, int cacheTtlSeconds, int maxTimeoutSeconds,
                         int maxConcurrentCeiling, int maxCacheTtlSeconds) {
    }

    public Values get(String slug) {
        Tenant tenant = access.enter(slug, RESOURCE, "view");
        return values(new Slug(tenant.slug()));
    }

    public Values change(String slug, Change change) {
        Tenant tenant = access.enter(slug, RESOURCE, "manage");
        if (change == null || change.timeoutSeconds() == null && change.maxConcurrent() == null
                && change.cacheTtlSeconds() == null) {
            throw new InvalidInputException("Send {\"timeoutSeconds\": n, \"maxConcurrent\": n, "
                    + "\"cacheTtlSeconds\": n} (any of them).");
        }
        Slug slugValue = new Slug(tenant.slug());
        QueryLimits.Ceilings ceilings = limits.ceilings();
        QueryLimits.TenantLimits before = limits.forTenant(slugValue);
        check("timeoutSeconds", change.timeoutSeconds(), 1, ceilings.maxTimeoutSeconds());
        check("maxConcurrent", change.maxConcurrent(), 1, ceilings.maxConcurrent());
        check("cacheTtlSeconds", change.cacheTtlSeconds(), 0, ceilings.maxCacheTtlSeconds());
        save(tenant, QueryLimits.TIMEOUT_SETTING, change.timeoutSeconds());
        save(tenant, QueryLimits.CONCURRENCY_SETTING, change.maxConcurrent());
        save(tenant, QueryLimits.CACHE_TTL_SETTING, change.cacheTtlSeconds());
        em.flush();
        if (change.cacheTtlSeconds() != null && change.cacheTtlSeconds() != before.cacheTtlSeconds()) {
            // A tenant's cache keeps the TTL it was made with: start afresh with the new one.
            cache.clear(slugValue);
        }
        return values(new QueryLimits.TenantLimits(
                change.timeoutSeconds() == null ? before.timeoutSeconds() : change.timeoutSeconds(),
                change.maxConcurrent() == null ? before.maxConcurrent() : change.maxConcurrent(),
                change.cacheTtlSeconds() == null ? before.cacheTtlSeconds() : change.cacheTtlSeconds()));
    }

    private Values values(Slug tenant) {
        return values(limits.forTenant(tenant));
    }

    private Values values(QueryLimits.TenantLimits now) {
        QueryLimits.Ceilings ceilings = limits.ceilings();
        return new Values(now.timeoutSeconds(), now.maxConcurrent(), now.cacheTtlSeconds(),
                ceilings.maxTimeoutSeconds(), ceilings.maxConcurrent(), ceilings.maxCacheTtlSeconds());
    }

    private static void check(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new InvalidInputException(field + " must be between " + min + " and " + max
                    + " (the operator's ceiling).");
        }
    }

    private void save(Tenant tenant, String name, Integer value) {
        if (value == null) {
            return;
        }
        em.createNativeQuery("INSERT INTO \"" + tenant.schema() + "\".tenant_setting (name, value) VALUES (?, ?) "
                        + "ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value")
                .setParameter(1, name).setParameter(2, Integer.toString(value)).executeUpdate();
    }
}
