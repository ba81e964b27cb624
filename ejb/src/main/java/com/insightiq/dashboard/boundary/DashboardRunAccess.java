package com.insightiq.dashboard.boundary;

import com.insightiq.access.control.Caller;
import com.insightiq.collection.control.CollectionRights;
import com.insightiq.collection.entity.CollectionAccess;
import com.insightiq.dashboard.control.CardRunContext;
import com.insightiq.dashboard.entity.Dashboard;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.tenancy.control.TenantAccess;
import com.insightiq.tenancy.entity.Slug;
import com.insightiq.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Map;

/**
 * The checks before a member runs a dashboard's cards, in a transaction of their own that commits before any query
 * starts: {@code dashboard:view} in the tenant and VIEW on the dashboard's collection. Another tenant's id: 404.
 */
@ApplicationScoped
public class DashboardRunAccess {
    static final String RESOURCE = "dashboard";

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantAccess access;

    @Inject
    Caller caller;

    @Inject
    CollectionRights rights;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CardRunContext forRun(String slug, long dashboardId, Locale locale) {
        Tenant tenant = access.enter(slug, RESOURCE, "view");
        Dashboard dashboard = em.find(Dashboard.class, dashboardId);
        if (dashboard == null) {
            throw new NotFoundException("There is no dashboard " + dashboardId + " in '" + slug + "'.");
        }
        rights.require(slug, dashboard.collectionId().orElse(null), CollectionAccess.VIEW);
        return new CardRunContext(new Slug(tenant.slug()), caller.userId(), dashboardId,
                locale == null ? Locale.ENGLISH : locale, Map.of(), "dashboard");
    }
}
