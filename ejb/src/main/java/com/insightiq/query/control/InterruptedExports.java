package com.insightiq.query.control;

import com.insightiq.jobs.entity.JobRun;
import com.insightiq.jobs.entity.JobStatus;
import com.insightiq.query.entity.QueryExport;
import com.insightiq.tenancy.control.TenantScope;
import com.insightiq.tenancy.entity.Tenant;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Background exports a server stop cut off: Jakarta Batch does not continue them and their runs would say "running"
 * for ever. A run started before this server did is over; it fails with a reason its owner can act on. One tenant per
 * transaction (one tenant per persistence context), as the timer calls it for each.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class InterruptedExports {
    static final String REASON = "The server stopped while this export ran; export again.";

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantScope scope;

    /** Fails the tenant's exports still running since before {@code serverStart}; returns how many. */
    public int failBefore(Tenant tenant, Instant serverStart) {
        scope.enter(em, tenant.schema());
        List<JobRun> cut = em.createQuery("SELECT j FROM JobRun j WHERE j.jobName = :job AND j.status = :started"
                        + " AND j.startedAt < :start", JobRun.class)
                .setParameter("job", "query-export").setParameter("started", JobStatus.STARTED)
                .setParameter("start", serverStart).getResultList();
        for (JobRun run : cut) {
            run.fail(REASON);
            QueryExport export = em.find(QueryExport.class, run.id());
            if (export != null) {
                export.failed(REASON);
            }
        }
        return cut.size();
    }
}
