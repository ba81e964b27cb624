package com.insightiq.tenancy.control;

import com.insightiq.platform.control.ConflictException;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.tenancy.entity.Slug;
import com.insightiq.tenancy.entity.Tenant;
import com.insightiq.tenancy.entity.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads and writes the control rows of tenants. Callers own the transaction. */
@ApplicationScoped
public class TenantRegistry {
    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    public Optional<Tenant> bySlug(String slug) {
        if (!Slug.isValid(slug)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Tenant.BY_SLUG, Tenant.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public Tenant activeBySlug(String slug) {
        return bySlug(slug).filter(Tenant::isActive)
                .orElseThrow(() -> new NotFoundException("There is no tenant '" + printable(slug) + "'."));
    }

    public Optional<Tenant> byHost(String host) {
        return em.createNamedQuery(Tenant.BY_HOST, Tenant.class).setParameter("host", host)
                .getResultStream().findFirst();
    }

    public List<Tenant> all() {
        return em.createNamedQuery(Tenant.ALL, Tenant.class).getResultList();
    }

    public List<Tenant> withStatus(TenantStatus status) {
        return em.createNamedQuery(Tenant.BY_STATUS, Tenant.class).setParameter("status", status).getResultList();
    }

    public void requireHostsFree(Tenant owner, Iterable<String> hosts) {
        for (String host : hosts) {
            byHost(host).filter(t -> !t.id().equals(owner.id())).ifPresent(t -> {
                throw new ConflictException("The host name " + host + " already belongs to another tenant.");
            });
        }
    }

    /** A slug from a URL can be anything; echo it back only in a harmless form. */
    public static String printable(String text) {
        if (text == null) {
            return "";
        }
        String cleaned = text.replaceAll("[^\\p{Alnum}_.\\-]", "?");
        return cleaned.length() > 40 ? cleaned.substring(0, 40) + "…" : cleaned;
    }
}
