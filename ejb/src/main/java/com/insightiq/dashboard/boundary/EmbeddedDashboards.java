package com.insightiq.dashboard.boundary;

import com.insightiq.access.control.Caller;
import com.insightiq.collection.control.CollectionRights;
import com.insightiq.collection.entity.CollectionAccess;
import com.insightiq.dashboard.control.CardRunner;
import com.insightiq.dashboard.control.EmbeddingSettings;
import com.insightiq.dashboard.control.SharedDashboards;
import com.insightiq.dashboard.entity.Dashboard;
import com.insightiq.platform.control.ConflictException;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.tenancy.control.TenantAccess;
import com.insightiq.tenancy.control.TenantRegistry;
import com.insightiq.tenancy.entity.Tenant;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Signed embedding (contract for issue 6). A tenant admin turns embedding on per dashboard (the runs then use that
 * admin's rights) and reads the tenant's secret; the host application signs an HS256 JWT (Nimbus JOSE) with claims
 * {@code {"tenant": slug, "resource": {"dashboard": id}, "params": {filterId: value}, "exp": …}}; the params are
 * locked: they override the viewer's values and their filters are hidden. A bad signature, an expired token, another
 * tenant's dashboard or embedding turned off: 404 (nothing about why leaks to the embedding page beyond "invalid or
 * expired embedding token").
 */
@Stateless
public class EmbeddedDashboards {
    /** Secrets and switching embedding on are the tenant admins' (as the query settings). */
    static final String ADMIN_RESOURCE = "settings";
    static final String ORIGIN = "embed";

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantAccess access;

    @Inject
    Caller caller;

    @Inject
    CollectionRights rights;

    @Inject
    EmbeddingSettings settings;

    @Inject
    SharedDashboards shared;

    @Inject
    CardRunner runner;

    @Inject
    Dashboards dashboards;

    /** The tenant's embedding secret (created on first call); tenant admins only. */
    public String secret(String slug) {
        Tenant tenant = access.enter(slug, ADMIN_RESOURCE, "manage");
        return settings.secretOrNew(tenant.schema());
    }

    /** A new secret: every token signed with the old one stops working. */
    public String rotateSecret(String slug) {
        Tenant tenant = access.enter(slug, ADMIN_RESOURCE, "manage");
        return settings.rotate(tenant.schema());
    }

    /** Turns embedding on (the caller becomes the member whose rights embedded runs use) or off. */
    public DashboardInfo enable(String slug, long dashboardId, boolean enabled) {
        Tenant tenant = access.enter(slug, ADMIN_RESOURCE, "manage");
        Dashboard dashboard = em.find(Dashboard.class, dashboardId);
        if (dashboard == null) {
            throw new NotFoundException("There is no dashboard " + dashboardId + " in '" + slug + "'.");
        }
        rights.require(slug, dashboard.collectionId().orElse(null), CollectionAccess.CURATE);
        if (enabled && dashboard.archived()) {
            throw new ConflictException("Dashboard " + dashboardId + " is in the trash; restore it before embedding it.");
        }
        dashboard.allowEmbedding(enabled);
        if (enabled) {
            settings.setRunner(tenant.schema(), dashboardId, caller.userId());
        } else {
            settings.clearRunner(tenant.schema(), dashboardId);
        }
        em.flush();
        return dashboards.get(slug, dashboardId);
    }

    /** The dashboard the token opens, without the locked filters. */
    public DashboardInfo get(String jwt) {
        return shared.byEmbedding(jwt).view();
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CardResult run(String jwt, long cardId, Map<String, Object> filters, Locale locale) {
        SharedDashboards.Opened opened = shared.byEmbedding(jwt);
        if (!opened.hasCard(cardId)) {
            throw new NotFoundException("There is no card " + cardId + " on this dashboard.");
        }
        return runner.run(opened.context(locale, ORIGIN), cardId, opened.lockedOver(filters));
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void runAll(String jwt, String tab, Map<String, Object> filters, Locale locale, Consumer<CardResult> each) {
        SharedDashboards.Opened opened = shared.byEmbedding(jwt);
        runner.runAll(opened.context(locale, ORIGIN), tab, opened.lockedOver(filters), each);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<FilterChoice> choices(String jwt, String filterId, String search, Map<String, Object> filters) {
        SharedDashboards.Opened opened = shared.byEmbedding(jwt);
        if (!opened.offersFilter(filterId)) {
            throw new NotFoundException("There is no filter '" + TenantRegistry.printable(filterId)
                    + "' on this dashboard.");
        }
        return runner.choices(opened.context(Locale.ROOT, ORIGIN), filterId, search, opened.lockedOver(filters));
    }
}
