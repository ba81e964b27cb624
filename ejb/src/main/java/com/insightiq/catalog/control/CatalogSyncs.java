package com.insightiq.catalog.control;

import com.insightiq.catalog.entity.CatalogSync;
import com.insightiq.catalog.entity.FingerprintMode;
import com.insightiq.catalog.entity.SyncTrigger;
import com.insightiq.jobs.control.JobQueue;
import com.insightiq.jobs.entity.JobRun;
import com.insightiq.tenancy.control.TenantScope;
import com.insightiq.tenancy.entity.Slug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Requests a catalog sync: a job_run row, a catalog_sync row and the JMS message, all in the caller's transaction
 * (a rollback sends nothing). Callers have checked permissions; the data source exists in this tenant. While a sync
 * of the source is queued or running, a request returns that sync instead of starting a second one.
 */
@ApplicationScoped
public class CatalogSyncs {
    public static final String JOB = "catalog-sync";

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantScope scope;

    @Inject
    JobQueue queue;

    @Transactional(Transactional.TxType.MANDATORY)
    public CatalogSync request(Slug tenant, long dataSourceId, long userId, SyncTrigger trigger, FingerprintMode mode) {
        scope.enter(em, tenant.schema());
        Optional<CatalogSync> active = active(dataSourceId);
        if (active.isPresent()) {
            return active.get();
        }
        JobRun run = new JobRun(JOB, userId);
        em.persist(run);
        em.flush();
        CatalogSync sync = new CatalogSync(dataSourceId, run.id(), trigger, mode);
        em.persist(sync);
        em.flush();
        queue.request(tenant.value(), run.id(), JOB);
        return sync;
    }

    /** The data source was just created: sync it with fingerprints. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CatalogSync requestAfterCreate(Slug tenant, long dataSourceId, long userId) {
        return request(tenant, dataSourceId, userId, SyncTrigger.CREATE, FingerprintMode.CHANGED);
    }

    /** The queued or running sync of a source. One whose job run already ended (it never started) is closed first. */
    public Optional<CatalogSync> active(long dataSourceId) {
        Optional<CatalogSync> active = em.createNamedQuery(CatalogSync.ACTIVE, CatalogSync.class)
                .setParameter("dataSource", dataSourceId).getResultStream().findFirst();
        if (active.isPresent()) {
            JobRun run = em.find(JobRun.class, active.get().jobRunId());
            if (run == null || run.status().isFinished()) {
                active.get().abandon(run == null ? "The job run is gone."
                        : run.error().orElse("The sync job ended before it could record a result."));
                em.flush();
                return Optional.empty();
            }
        }
        return active;
    }
}
