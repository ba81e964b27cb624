package com.insightiq.dashboard.control;

import com.insightiq.dashboard.entity.DashboardRevision;
import com.insightiq.platform.control.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** A dashboard's numbered revisions in the current tenant schema (the caller's transaction chose it). */
@ApplicationScoped
public class DashboardRevisions {
    static final int MAX_SUMMARY = 1000;

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    /** Writes the next revision: 1 for a new dashboard, else one more than the latest. */
    public DashboardRevision write(long dashboardId, long userId, String summary, String snapshot) {
        Integer latest = em.createNamedQuery(DashboardRevision.LATEST_NUMBER, Integer.class)
                .setParameter("dashboard", dashboardId).getSingleResult();
        DashboardRevision revision = new DashboardRevision(dashboardId, latest == null ? 1 : latest + 1, userId,
                summary.length() > MAX_SUMMARY ? summary.substring(0, MAX_SUMMARY - 1) + "…" : summary, snapshot);
        em.persist(revision);
        return revision;
    }

    /** Newest first. */
    public List<DashboardRevision> of(long dashboardId) {
        return em.createNamedQuery(DashboardRevision.OF_DASHBOARD, DashboardRevision.class)
                .setParameter("dashboard", dashboardId).getResultList();
    }

    public DashboardRevision find(long dashboardId, int number) {
        return em.createNamedQuery(DashboardRevision.BY_NUMBER, DashboardRevision.class)
                .setParameter("dashboard", dashboardId).setParameter("number", number).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Dashboard " + dashboardId + " has no revision " + number
                        + "."));
    }
}
