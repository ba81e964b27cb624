package com.insightiq.catalog.control;

import com.insightiq.catalog.entity.CatalogSync;
import com.insightiq.catalog.entity.FingerprintMode;
import com.insightiq.catalog.entity.SyncSchedule;
import com.insightiq.catalog.entity.SyncTrigger;
import com.insightiq.connection.entity.DataSource;
import com.insightiq.jobs.control.JobQueue;
import com.insightiq.jobs.entity.JobRun;
import com.insightiq.tenancy.control.TenantScope;
import com.insightiq.tenancy.entity.Slug;
import com.insightiq.tenancy.entity.Tenant;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Per-tenant work of the timers, each tenant in its own container-managed transaction (one tenant per persistence
 * context). An EJB, not a CDI bean with @Transactional: called from a timer, the latter left the JMS send in a broker
 * session that never committed; container-managed transactions enlist the send as they do for requests.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScheduledSyncs {
    private static final Logger LOG = Logger.getLogger(ScheduledSyncs.class.getName());

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantScope scope;

    @Inject
    CatalogSyncs syncs;

    @Inject
    JobQueue queue;

    /** Requests a sync of every source whose time has come and moves its next time on; unscheduled ones get one. */
    public int requestDue(Tenant tenant, Instant now) {
        scope.enter(em, tenant.schema());
        List<DataSource> sources = em.createQuery("SELECT d FROM DataSource d WHERE d.nextSyncAt IS NULL"
                + " OR d.nextSyncAt <= :now", DataSource.class).setParameter("now", now).getResultList();
        int requested = 0;
        for (DataSource source : sources) {
            String problem = SyncSchedule.problemWith(source.getSyncSchedule());
            SyncSchedule schedule = problem == null ? SyncSchedule.parse(source.getSyncSchedule()) : SyncSchedule.OFF;
            if (schedule.isOff()) {
                if (source.getNextSyncAt().isPresent()) {
                    source.scheduleSync(schedule.text(), null);
                }
                continue;
            }
            if (source.getNextSyncAt().isPresent()) {
                syncs.request(new Slug(tenant.slug()), source.getId(), source.getCreatedBy(), SyncTrigger.SCHEDULE,
                        FingerprintMode.CHANGED);
                requested++;
            }
            source.scheduleSync(schedule.text(), schedule.nextAfter(now).orElse(null));
        }
        return requested;
    }

    /**
     * After a restart: every sync that was running gets a resume message; the MDB restarts its batch execution or
     * re-runs it, and the reader continues after the last committed table. Queued ones still have their message.
     */
    public int resumeInterrupted(Tenant tenant) {
        scope.enter(em, tenant.schema());
        int resumed = 0;
        for (CatalogSync sync : em.createNamedQuery(CatalogSync.UNFINISHED, CatalogSync.class).getResultList()) {
            JobRun run = em.find(JobRun.class, sync.jobRunId());
            if (run != null && !run.status().isFinished() && run.executionId().isPresent()) {
                queue.resume(tenant.slug(), run.id(), CatalogSyncs.JOB);
                resumed++;
            }
        }
        if (resumed > 0) {
            LOG.info("Resuming " + resumed + " interrupted catalog sync(s) of " + tenant.slug());
        }
        return resumed;
    }
}
