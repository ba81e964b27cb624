package com.insightiq.tenancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * Points a transaction's persistence context at one tenant schema. EclipseLink refuses a second setProperty in the same
 * persistence context (EclipseLink-7092), so it is set once; a different tenant in the same transaction is a bug.
 */
@ApplicationScoped
public class TenantScope {

    public void enter(EntityManager em, String schema) {
        Object current = em.getProperties().get(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT);
        if (current == null) {
            em.setProperty(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, schema);
        } else if (!current.equals(schema)) {
            throw new IllegalStateException("One transaction serves one tenant: " + current + " is set, not " + schema);
        }
    }
}
