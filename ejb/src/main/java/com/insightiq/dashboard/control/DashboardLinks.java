package com.insightiq.dashboard.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * What lives beside a dashboard outside its own tables: its public link (control schema, keyed by tenant) and the
 * members' recent views (tenant schema). Read and dropped with SQL: neither has an entity the dashboard owns.
 */
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

    /** Drops the public link and recent views of a dashboard deleted for good, in the tenant of {@code schema}. */
    public void drop(String schema, long dashboardId) {
        em.createNativeQuery("DELETE FROM control.public_link WHERE item_type = 'DASHBOARD' AND item_id = ?1"
                + " AND tenant_id IN (SELECT id FROM control.tenant WHERE 'tenant_' || slug = ?2)")
                .setParameter(1, dashboardId).setParameter(2, schema).executeUpdate();
        em.createNativeQuery("DELETE FROM \"" + schema + "\".recent_view WHERE item_type = 'DASHBOARD'"
                + " AND item_id = ?1").setParameter(1, dashboardId).executeUpdate();
    }

    /** The tenant schema the current transaction's persistence context points at. */
    public String currentSchema() {
        return String.valueOf(em.getProperties().get(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT));
    }
}
