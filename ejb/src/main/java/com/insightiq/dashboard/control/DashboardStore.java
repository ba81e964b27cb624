package com.insightiq.dashboard.control;

import com.insightiq.dashboard.boundary.CardForm;
import com.insightiq.dashboard.boundary.CardInfo;
import com.insightiq.dashboard.boundary.CardMapping;
import com.insightiq.dashboard.boundary.DashboardFilter;
import com.insightiq.dashboard.boundary.DashboardInfo;
import com.insightiq.dashboard.entity.CardKind;
import com.insightiq.dashboard.entity.Dashboard;
import com.insightiq.dashboard.entity.DashboardCard;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.question.control.QuestionStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds dashboards and their cards in the current tenant schema, stores a checked card list (kept by id, new ones
 * added, missing ones removed) and turns a dashboard into the {@link DashboardInfo} the API and pages show.
 */
@ApplicationScoped
public class DashboardStore {
    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    QuestionStore questions;

    /** The dashboard, or 404 (unknown here — another tenant's id is unknown too). */
    public Dashboard find(String slug, long id) {
        Dashboard dashboard = em.find(Dashboard.class, id);
        if (dashboard == null) {
            throw new NotFoundException("There is no dashboard " + id + " in '" + slug + "'.");
        }
        return dashboard;
    }

    public List<DashboardCard> cards(long dashboardId) {
        return em.createNamedQuery(DashboardCard.OF_DASHBOARD, DashboardCard.class)
                .setParameter("dashboard", dashboardId).getResultList();
    }

    /** Ids of the dashboard's cards. */
    public Set<Long> cardIds(long dashboardId) {
        return Set.copyOf(em.createQuery("SELECT c.id FROM DashboardCard c WHERE c.dashboardId = :dashboard",
                Long.class).setParameter("dashboard", dashboardId).getResultList());
    }

    /** Replaces the cards: a card with an id keeps its row (the boundary checked the id is this dashboard's). */
    public void replaceCards(Dashboard dashboard, List<CardForm> cards) {
        Map<Long, DashboardCard> existing = new HashMap<>();
        cards(dashboard.id()).forEach(c -> existing.put(c.id(), c));
        for (CardForm form : cards) {
            DashboardCard card = form.id() == null ? null : existing.remove(form.id());
            if (card == null) {
                card = new DashboardCard(dashboard.id());
                define(card, form);
                em.persist(card);
            } else {
                define(card, form);
            }
        }
        existing.values().forEach(em::remove);
        dashboard.touch();
    }

    private static void define(DashboardCard card, CardForm f) {
        card.define(CardKind.valueOf(f.kind().toUpperCase(Locale.ROOT)), f.questionId(), f.tab(), f.col(), f.row(),
                f.width(), f.height(), DashboardJson.settings(f), DashboardJson.mappings(f.mappings()),
                DashboardJson.click(f.click()));
    }

    /** Question ids of the cards. */
    public static Set<Long> questionIds(List<DashboardCard> cards) {
        Set<Long> ids = new java.util.HashSet<>();
        cards.forEach(c -> c.questionId().ifPresent(ids::add));
        return ids;
    }

    /**
     * The dashboard as shown: {@code questions} answers every question card ({@link CardQuestions}), {@code mayEdit}
     * and {@code publicToken} as the boundary decided for the caller.
     */
    public DashboardInfo info(Dashboard d, List<DashboardCard> cards, Map<Long, CardQuestion> cardQuestions,
                              boolean mayEdit, String publicToken) {
        List<DashboardFilter> filters = DashboardJson.filters(d.filtersJson());
        List<CardInfo> shown = new ArrayList<>();
        for (DashboardCard c : cards) {
            shown.add(card(DashboardJson.form(c), c.questionId().map(cardQuestions::get).orElse(null), filters));
        }
        String owner = questions.names(Set.of(d.ownerId())).get(d.ownerId());
        return new DashboardInfo(d.id(), d.name(), d.description().orElse(null), d.collectionId().orElse(null),
                d.ownerId(), owner, DashboardJson.tabs(d.tabsJson()), filters, List.copyOf(shown),
                d.autoRefreshMinutes().orElse(null), d.pinned(), d.archived(), d.embeddingEnabled(),
                mayEdit ? publicToken : null, mayEdit, d.authorship().createdAt(), d.authorship().updatedAt(),
                d.version());
    }

    /** A card as shown; filters whose mapping is missing or names a parameter the question lacks are unmapped. */
    static CardInfo card(CardForm c, CardQuestion question, List<DashboardFilter> filters) {
        List<String> unmapped = new ArrayList<>();
        if ("question".equals(c.kind())) {
            for (DashboardFilter f : filters) {
                boolean wired = c.mappings().stream().map(CardMapping::filterId).anyMatch(f.id()::equals)
                        && (question == null || !question.usable() || c.mappings().stream()
                        .filter(m -> m.filterId().equals(f.id())).anyMatch(m -> question.parameters()
                                .contains(m.parameter())));
                if (!wired) {
                    unmapped.add(f.id());
                }
            }
        }
        return new CardInfo(c.id(), c.kind(), c.questionId(), question == null ? null : question.name(),
                question == null ? null : question.visualizationType(), c.tab(), c.col(), c.row(), c.width(),
                c.height(), c.title(), c.text(), c.url(), c.mappings(), c.click(), List.copyOf(unmapped),
                question == null ? null : question.problem());
    }
}
