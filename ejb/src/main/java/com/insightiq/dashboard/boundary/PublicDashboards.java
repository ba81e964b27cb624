package com.insightiq.dashboard.boundary;

import com.insightiq.access.control.Caller;
import com.insightiq.collection.control.CollectionRights;
import com.insightiq.collection.entity.CollectionAccess;
import com.insightiq.dashboard.control.CardRunner;
import com.insightiq.dashboard.control.PublicLinks;
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
 * Public links (contract for issue 6). {@code share}/{@code unshare} need
 * {@code dashboard:edit} and CURATE on the dashboard; the token-based methods need no sign-in: an unknown or revoked
 * token, or one whose dashboard is in the trash, or whose tenant is suspended, is 404. The public view shows only that
 * dashboard (cards' question ids and SQL are not revealed: {@link #get} blanks questionId, mappings' parameters and
 * click targets other than filters and URLs); its cards run with the rights of the member who created the link.
 */
@Stateless
public class PublicDashboards {
    static final String RESOURCE = "dashboard";
    static final String ORIGIN = "public";

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantAccess access;

    @Inject
    Caller caller;

    @Inject
    CollectionRights rights;

    @Inject
    PublicLinks links;

    @Inject
    SharedDashboards shared;

    @Inject
    CardRunner runner;

    /** Creates the dashboard's public link (or returns the existing one): the token. */
    public String share(String slug, long dashboardId) {
        Tenant tenant = access.enter(slug, RESOURCE, "edit");
        Dashboard dashboard = curated(slug, dashboardId);
        if (dashboard.archived()) {
            throw new ConflictException("Dashboard " + dashboardId + " is in the trash; restore it before sharing it.");
        }
        return links.share(tenant.id(), dashboardId, caller.userId());
    }

    /** Revokes the link (nothing happens when there is none): its address is 404 from now on. */
    public void unshare(String slug, long dashboardId) {
        Tenant tenant = access.enter(slug, RESOURCE, "edit");
        curated(slug, dashboardId);
        links.unshare(tenant.id(), dashboardId);
    }

    public DashboardInfo get(String token) {
        return shared.byToken(token).view();
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CardResult run(String token, long cardId, Map<String, Object> filters, Locale locale) {
        SharedDashboards.Opened opened = shared.byToken(token);
        if (!opened.hasCard(cardId)) {
            throw new NotFoundException("There is no card " + cardId + " on this dashboard.");
        }
        return runner.run(opened.context(locale, ORIGIN), cardId, filters == null ? Map.of() : filters);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void runAll(String token, String tab, Map<String, Object> filters, Locale locale,
                       Consumer<CardResult> each) {
        SharedDashboards.Opened opened = shared.byToken(token);
        runner.runAll(opened.context(locale, ORIGIN), tab, filters == null ? Map.of() : filters, each);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<FilterChoice> choices(String token, String filterId, String search, Map<String, Object> filters) {
        SharedDashboards.Opened opened = shared.byToken(token);
        if (!opened.offersFilter(filterId)) {
            throw new NotFoundException("There is no filter '" + TenantRegistry.printable(filterId)
                    + "' on this dashboard.");
        }
        return runner.choices(opened.context(Locale.ROOT, ORIGIN), filterId, search,
                filters == null ? Map.of() : filters);
    }

    /** The dashboard, if the caller may change it (404 when unknown or in a collection they cannot see, else 403). */
    private Dashboard curated(String slug, long dashboardId) {
        Dashboard dashboard = em.find(Dashboard.class, dashboardId);
        if (dashboard == null) {
            throw new NotFoundException("There is no dashboard " + dashboardId + " in '" + slug + "'.");
        }
        rights.require(slug, dashboard.collectionId().orElse(null), CollectionAccess.CURATE);
        return dashboard;
    }
}
