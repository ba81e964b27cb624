package com.insightiq.dashboard.control;

import com.insightiq.dashboard.boundary.DashboardFilter;
import com.insightiq.dashboard.boundary.DashboardInfo;
import com.insightiq.dashboard.entity.Dashboard;
import com.insightiq.dashboard.entity.DashboardCard;
import com.insightiq.dashboard.entity.PublicLink;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.query.control.MemberRoles;
import com.insightiq.question.entity.Question;
import com.insightiq.tenancy.control.TenantRegistry;
import com.insightiq.tenancy.control.TenantScope;
import com.insightiq.tenancy.entity.Slug;
import com.insightiq.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Opens a dashboard for a viewer without an account — by public link token or by signed embedding token — in a short
 * transaction of its own, so that the card runs that follow hold none. Anything that does not lead to a live
 * dashboard of an active tenant, run as a current member, is the same plain 404.
 */
@ApplicationScoped
@Transactional
public class SharedDashboards {
    public static final String NO_LINK = "This public link does not exist or has been revoked.";
    public static final String BAD_EMBED = "Invalid or expired embedding token.";

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantRegistry registry;

    @Inject
    TenantScope scope;

    @Inject
    PublicLinks links;

    @Inject
    EmbeddingSettings embedding;

    @Inject
    MemberRoles roles;

    /**
     * A dashboard opened for an anonymous viewer: whose rights its runs use, its filters (all of them, for the
     * runner), the cards it has, locked values, and the sanitized view.
     */
    public record Opened(Slug tenant, long dashboardId, long runAs, List<DashboardFilter> filters, Set<Long> cardIds,
                         Map<String, Object> locked, DashboardInfo view) {

        public CardRunContext context(java.util.Locale locale, String origin) {
            return new CardRunContext(tenant, runAs, dashboardId, locale, locked, origin);
        }

        /** The viewer's filter values with the locked ones laid over them (locked values always win). */
        public Map<String, Object> lockedOver(Map<String, Object> requested) {
            return LockedFilters.apply(requested, locked);
        }

        public boolean hasCard(long cardId) {
            return cardIds.contains(cardId);
        }

        /** A filter the viewer may choose values for: one of the dashboard's, not locked. */
        public boolean offersFilter(String filterId) {
            return !locked.containsKey(filterId) && filters.stream().anyMatch(f -> f.id().equals(filterId));
        }
    }

    public Opened byToken(String token) {
        PublicLink link = links.find(token).filter(PublicLink::opensDashboard)
                .orElseThrow(() -> new NotFoundException(NO_LINK));
        Tenant tenant = Optional.ofNullable(em.find(Tenant.class, link.tenantId())).filter(Tenant::isActive)
                .orElseThrow(() -> new NotFoundException(NO_LINK));
        return open(tenant, link.itemId(), link.createdBy(), Map.of(), false)
                .orElseThrow(() -> new NotFoundException(NO_LINK));
    }

    public Opened byEmbedding(String jwt) {
        try {
            EmbedTokens.Claims claims = EmbedTokens.verify(jwt, this::secretOf, Instant.now());
            Tenant tenant = registry.activeBySlug(claims.tenant().value());
            long runner = embedding.runner(tenant.schema(), claims.dashboardId())
                    .orElseThrow(EmbedTokens.Invalid::new);
            return open(tenant, claims.dashboardId(), runner, claims.params(), true)
                    .orElseThrow(EmbedTokens.Invalid::new);
        } catch (EmbedTokens.Invalid | NotFoundException e) {
            throw new NotFoundException(BAD_EMBED);
        }
    }

    private Optional<String> secretOf(Slug slug) {
        return registry.bySlug(slug.value()).filter(Tenant::isActive).flatMap(t -> embedding.secret(t.schema()));
    }

    private Optional<Opened> open(Tenant tenant, long dashboardId, long runAs, Map<String, Object> params,
                                  boolean embedded) {
        Slug slug = new Slug(tenant.slug());
        if (roles.roleOf(slug, runAs).isEmpty()) {
            return Optional.empty(); // the member whose rights the runs would use has left the tenant
        }
        scope.enter(em, tenant.schema());
        Dashboard dashboard = em.find(Dashboard.class, dashboardId);
        if (dashboard == null || dashboard.archived() || (embedded && !dashboard.embeddingEnabled())) {
            return Optional.empty();
        }
        List<DashboardFilter> filters = SharedView.filters(dashboard.filtersJson());
        Map<String, Object> locked = LockedFilters.check(filters, params).orElse(null);
        if (locked == null) {
            return Optional.empty();
        }
        List<DashboardCard> cards = em.createNamedQuery(DashboardCard.OF_DASHBOARD, DashboardCard.class)
                .setParameter("dashboard", dashboardId).getResultList();
        DashboardInfo view = SharedView.of(dashboard, cards, labels(cards), locked.keySet());
        return Optional.of(new Opened(slug, dashboardId, runAs, filters,
                cards.stream().map(DashboardCard::id).collect(Collectors.toUnmodifiableSet()), locked, view));
    }

    private Map<Long, SharedView.QuestionLabel> labels(List<DashboardCard> cards) {
        Map<Long, SharedView.QuestionLabel> labels = new HashMap<>();
        for (DashboardCard card : cards) {
            card.questionId().filter(id -> !labels.containsKey(id)).ifPresent(id -> {
                Question q = em.find(Question.class, id);
                if (q != null && !q.archived()) {
                    labels.put(id, new SharedView.QuestionLabel(q.name(), q.visualizationType()));
                }
            });
        }
        return labels;
    }
}
