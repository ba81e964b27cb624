package com.insightiq.dashboard.control;

import com.insightiq.access.control.SecretTokens;
import com.insightiq.dashboard.entity.PublicLink;
import com.insightiq.tenancy.control.TenantRegistry;
import com.insightiq.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The control rows of public links. Callers own the transaction and have checked who may share; a token is 256
 * random bits (base64url), and one dashboard has at most one link, so sharing twice returns the same token.
 */
@ApplicationScoped
public class PublicLinks {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,64}");

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantRegistry registry;

    @Inject
    EmbeddingSettings embedding;

    /** The dashboard's token, if it is shared (for DashboardInfo.publicToken, shown to those who may edit). */
    public Optional<String> tokenOf(long tenantId, long dashboardId) {
        return em.createNamedQuery(PublicLink.OF_ITEM, PublicLink.class).setParameter("tenant", tenantId)
                .setParameter("type", PublicLink.DASHBOARD).setParameter("item", dashboardId)
                .getResultStream().findFirst().map(PublicLink::token);
    }

    /** The existing token or a new one; concurrent shares of one dashboard end with the same token. */
    public String share(long tenantId, long dashboardId, long userId) {
        em.createNativeQuery("INSERT INTO control.public_link (token, tenant_id, item_type, item_id, created_by)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (tenant_id, item_type, item_id) DO NOTHING")
                .setParameter(1, SecretTokens.newToken()).setParameter(2, tenantId)
                .setParameter(3, PublicLink.DASHBOARD).setParameter(4, dashboardId).setParameter(5, userId)
                .executeUpdate();
        return tokenOf(tenantId, dashboardId).orElseThrow(() ->
                new IllegalStateException("The public link of dashboard " + dashboardId + " vanished"));
    }

    public void unshare(long tenantId, long dashboardId) {
        em.createNativeQuery("DELETE FROM control.public_link WHERE tenant_id = ? AND item_type = ? AND item_id = ?")
                .setParameter(1, tenantId).setParameter(2, PublicLink.DASHBOARD).setParameter(3, dashboardId)
                .executeUpdate();
    }

    /** The link of a token, if the token is well-formed and exists. */
    public Optional<PublicLink> find(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(PublicLink.class, token));
    }

    void forget(@Observes DashboardDeleted deleted) {
        Optional<Tenant> tenant = registry.bySlug(deleted.tenant().value());
        tenant.ifPresent(t -> {
            unshare(t.id(), deleted.dashboardId());
            embedding.clearRunner(t.schema(), deleted.dashboardId());
        });
    }
}
