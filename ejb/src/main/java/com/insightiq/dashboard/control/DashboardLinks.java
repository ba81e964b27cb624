package com.insightiq.dashboard.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** A dashboard's public link as its editors see it: read with SQL from the control schema (keyed by tenant). */
@ApplicationScoped
public class DashboardLinks {
    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    /** The public link's token, or null. */
    public String publicToken(long tenantId, long dashboardId) {
        List<?> tokens = em.createNativeQuery("SELECT token FROM control.public_link WHERE tenant_id = ?1"
                        + " AND item_type = 'DASHBOARD' AND item_id = ?2").setParameter(1, tenantId)
                .setParameter(2, dashboardId).getResultList();
        return tokens.isEmpty() ? null : String.valueOf(tokens.get(0));
    }
}
