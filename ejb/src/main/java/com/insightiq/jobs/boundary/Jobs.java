package com.insightiq.jobs.boundary;

import com.insightiq.access.control.Caller;
import com.insightiq.jobs.control.JobCatalog;
import com.insightiq.jobs.control.JobQueue;
import com.insightiq.jobs.entity.JobRun;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.tenancy.control.TenantAccess;
import com.insightiq.tenancy.entity.Tenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Requests long work for a tenant and reports on it. The work itself runs as a Jakarta Batch job, fed through JMS. */
@Stateless
public class Jobs {
    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantAccess access;

    @Inject
    Caller caller;

    @Inject
    JobQueue queue;

    /** Records the run and queues the message in one transaction: both happen or neither. */
    public JobInfo request(String slug, String jobName) {
        JobCatalog.JobDefinition job = JobCatalog.requestable(jobName).orElseThrow(() ->
                new InvalidInputException("Unknown job. Available: tenant-usage-report."));
        Tenant tenant = access.enter(slug, job.resource(), job.action());
        JobRun run = new JobRun(job.name(), caller.userId());
        em.persist(run);
        em.flush();
        queue.request(tenant.slug(), run.id(), job.name());
        return info(run);
    }

    public List<JobInfo> recent(String slug) {
        access.enter(slug, "job", "view");
        return em.createNamedQuery(JobRun.RECENT, JobRun.class).setMaxResults(50).getResultStream()
                .map(Jobs::info).toList();
    }

    public JobInfo get(String slug, long id) {
        access.enter(slug, "job", "view");
        JobRun run = em.find(JobRun.class, id);
        if (run == null) {
            throw new NotFoundException("There is no job " + id + " in '" + slug + "'.");
        }
        return info(run);
    }

    static JobInfo info(JobRun r) {
        return new JobInfo(r.id(), r.jobName(), r.status().name().toLowerCase(), r.requestedAt(),
                r.startedAt().orElse(null), r.finishedAt().orElse(null), r.summary().orElse(null),
                r.error().orElse(null));
    }
}
