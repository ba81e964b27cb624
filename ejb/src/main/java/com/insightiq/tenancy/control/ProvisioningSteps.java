package com.insightiq.tenancy.control;

import com.insightiq.access.control.UserDirectory;
import com.insightiq.access.entity.Membership;
import com.insightiq.access.entity.Role;
import com.insightiq.access.entity.User;
import com.insightiq.platform.control.ConflictException;
import com.insightiq.tenancy.entity.Slug;
import com.insightiq.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/** The committed steps of provisioning, each in its own transaction so that a later failure can be undone. */
@ApplicationScoped
public class ProvisioningSteps {
    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    UserDirectory users;

    /** Claims the slug with a PROVISIONING row: a concurrent request for the same slug fails here. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long reserve(Slug slug, String name) {
        Tenant tenant = new Tenant(slug.value(), name);
        try {
            em.persist(tenant);
            em.flush();
        } catch (PersistenceException e) {
            throw new ConflictException("The slug '" + slug + "' is already taken.");
        }
        return tenant.id();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Tenant complete(long tenantId, AdminAccount admin) {
        Tenant tenant = em.find(Tenant.class, tenantId);
        User user = users.findOrCreate(admin.email(), admin.name(), admin.passwordHash());
        em.persist(new Membership(user, tenant, Role.ADMIN));
        tenant.activate();
        return tenant;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forget(long tenantId) {
        Tenant tenant = em.find(Tenant.class, tenantId);
        if (tenant != null) {
            em.createQuery("DELETE FROM Membership m WHERE m.tenant.id = :id").setParameter("id", tenantId)
                    .executeUpdate();
            em.remove(tenant);
        }
    }

    /** The first admin of a new tenant; the hash is null when the account already exists. */
    public record AdminAccount(String email, String name, String passwordHash) {
    }
}
