package com.insightiq.connection.boundary;

import com.insightiq.connection.control.PoolSizes;
import com.insightiq.connection.control.SourcePools;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.tenancy.control.TenantAccess;
import com.insightiq.tenancy.entity.Slug;
import com.insightiq.tenancy.entity.Tenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Connection settings a tenant admin chooses for the whole tenant: how many connections each data source may hold,
 * within the ceiling the operator set.
 */
@Stateless
public class ConnectionSettings {
    /** Only tenant admins: the bound protects the tenant's own databases, not just InsightIQ. */
    static final String RESOURCE = "settings";

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantAccess access;

    @Inject
    PoolSizes poolSizes;

    @Inject
    SourcePools pools;

    public record Values(Integer maxPoolSize, Integer poolSizeCeiling) {
    }

    public Values get(String slug) {
        Tenant tenant = access.enter(slug, RESOURCE, "view");
        return new Values(poolSizes.forTenant(new Slug(tenant.slug())), poolSizes.ceiling());
    }

    public Values change(String slug, Values values) {
        Tenant tenant = access.enter(slug, RESOURCE, "manage");
        if (values == null || values.maxPoolSize() == null) {
            throw new InvalidInputException("Send {\"maxPoolSize\": n}.");
        }
        int size = values.maxPoolSize();
        if (size < 1 || size > poolSizes.ceiling()) {
            throw new InvalidInputException("The pool size must be between 1 and " + poolSizes.ceiling()
                    + " (the operator's ceiling, INSIGHTIQ_DATASOURCE_POOL_SIZE_CEILING).");
        }
        em.createNativeQuery("INSERT INTO \"" + tenant.schema() + "\".tenant_setting (name, value) VALUES (?, ?) "
                        + "ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value")
                .setParameter(1, PoolSizes.SETTING).setParameter(2, Integer.toString(size)).executeUpdate();
        em.flush();
        // Pools are rebuilt with the new bound on their next use.
        pools.retireTenant(new Slug(tenant.slug()));
        return new Values(size, poolSizes.ceiling());
    }
}
