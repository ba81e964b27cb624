package com.insightiq.jobs.control;

import com.insightiq.jobs.entity.JobRun;
import com.insightiq.tenancy.control.TenantScope;
import com.insightiq.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Updates job runs from broker threads, where there is no request: the tenant is passed in, each update commits alone. */
@ApplicationScoped
public class JobRunLedger {
    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantScope scope;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<JobRun> find(Tenant tenant, long runId) {
        scope.enter(em, tenant.schema());
        return Optional.ofNullable(em.find(JobRun.class, runId));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void launched(Tenant tenant, long runId, long executionId) {
        scope.enter(em, tenant.schema());
        JobRun run = em.find(JobRun.class, runId);
        if (run != null) {
            run.launched(executionId);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Tenant tenant, long runId, String reason) {
        scope.enter(em, tenant.schema());
        JobRun run = em.find(JobRun.class, runId);
        if (run != null) {
            run.fail(reason);
        }
    }
}
