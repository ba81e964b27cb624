package com.insightiq.query.control;

import com.insightiq.query.entity.QueryRun;
import com.insightiq.tenancy.control.TenantScope;
import com.insightiq.tenancy.entity.Slug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Writes finished runs into the tenant's history from engine threads, where there is no request: the tenant is
 * passed in and each run commits alone.
 */
@ApplicationScoped
public class QueryRunLedger {
    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantScope scope;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Slug tenant, QueryRun run) {
        scope.enter(em, tenant.schema());
        em.persist(run);
    }
}
