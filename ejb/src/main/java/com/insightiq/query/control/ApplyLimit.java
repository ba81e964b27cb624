package com.insightiq.query.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Step 4: how many rows and how much time. Interactive runs show at most the row cap per page (later pages by offset);
 * exports read every row. The timeout is the tenant's, within the operator's ceiling; exports get the ceiling. A saved
 * question's own cache TTL replaces the tenant's, within the operator's ceiling.
 */
@ApplicationScoped
public class ApplyLimit implements QueryStep {
    @Inject
    QueryLimits limits;

    @Override
    public Phase phase() {
        return Phase.PLAN;
    }

    @Override
    public QuerySpec apply(QuerySpec spec) {
        QueryLimits.TenantLimits tenant = limits.forTenant(spec.tenant());
        Duration timeout = Duration.ofSeconds(tenant.timeoutSeconds());
        Integer own = spec.control().origin().cacheTtlSeconds();
        int ttl = own == null ? tenant.cacheTtlSeconds()
                : Math.max(0, Math.min(own, limits.ceilings().maxCacheTtlSeconds()));
        if (!spec.interactive()) {
            // An export reads every row; engines that time the whole read (MariaDB) need the operator's ceiling.
            return spec.withLimits(0, null, Duration.ofSeconds(limits.maxTimeoutSeconds()), ttl);
        }
        int cap = limits.rowCap();
        int limit = spec.limit() == null ? cap : Math.min(spec.limit(), cap);
        return spec.withLimits(spec.offset(), limit, timeout, ttl);
    }
}
