package com.insightiq.dashboard.control;

import com.insightiq.dashboard.boundary.CardMapping;
import com.insightiq.dashboard.boundary.DashboardFilter;
import com.insightiq.dashboard.entity.Dashboard;
import com.insightiq.dashboard.entity.DashboardCard;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.query.control.ParameterJson;
import com.insightiq.question.control.QuestionJson;
import com.insightiq.question.entity.Question;
import com.insightiq.tenancy.control.TenantScope;
import com.insightiq.tenancy.entity.Slug;
import com.insightiq.viz.boundary.Visualization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a dashboard's filters, cards and their questions for a run, in a transaction of its own that commits before
 * any query starts; the tenant is passed in (card threads have no request). Another tenant's id is unknown: 404.
 */
@ApplicationScoped
public class DashboardPlans {
    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantScope scope;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public DashboardPlan plan(Slug tenant, long dashboardId) {
        scope.enter(em, tenant.schema());
        Dashboard dashboard = em.find(Dashboard.class, dashboardId);
        if (dashboard == null) {
            throw new NotFoundException("There is no dashboard " + dashboardId + " in '" + tenant.value() + "'.");
        }
        List<DashboardCard> cards = em.createNamedQuery(DashboardCard.OF_DASHBOARD, DashboardCard.class)
                .setParameter("dashboard", dashboardId).getResultList();
        List<DashboardPlan.Card> planned = new ArrayList<>(cards.size());
        for (DashboardCard card : cards) {
            Optional<DashboardPlan.Question> question = Optional.empty();
            String problem = null;
            if (card.questionId().isPresent()) {
                Question q = em.find(Question.class, card.questionId().get());
                if (q == null) {
                    problem = "The question of this card was deleted.";
                } else if (q.archived()) {
                    problem = "The question of this card is in the trash.";
                } else {
                    question = Optional.of(new DashboardPlan.Question(q.id(), q.dataSourceId(), q.sql(),
                            QuestionJson.parameters(q.parametersJson()), new Visualization(q.visualizationType(),
                            QuestionJson.settings(q.visualizationSettingsJson())), q.cacheTtlSeconds().orElse(null)));
                }
            }
            planned.add(new DashboardPlan.Card(card.id(), card.kind(), card.tab().orElse(null),
                    QuestionJson.settings(card.settingsJson()), mappings(card.mappingsJson()), question, problem));
        }
        return new DashboardPlan(dashboardId, filters(dashboard.filtersJson()), List.copyOf(planned));
    }

    static List<DashboardFilter> filters(String json) {
        List<DashboardFilter> filters = new ArrayList<>();
        for (Map<?, ?> f : objects(json)) {
            Object columnId = f.get("columnId");
            Object linked = f.get("linkedTo");
            filters.add(new DashboardFilter(text(f.get("id")), text(f.get("name")), text(f.get("type")),
                    f.get("default"), f.get("required") instanceof Boolean b ? b : null,
                    columnId instanceof BigDecimal n ? n.longValue() : null,
                    linked instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of()));
        }
        return List.copyOf(filters);
    }

    static List<CardMapping> mappings(String json) {
        return objects(json).stream().map(m -> new CardMapping(text(m.get("filterId")), text(m.get("parameter"))))
                .filter(m -> m.filterId() != null && m.parameter() != null).toList();
    }

    private static List<Map<?, ?>> objects(String json) {
        Object decoded = json == null || json.isBlank() ? List.of() : ParameterJson.decode(json);
        List<Map<?, ?>> objects = new ArrayList<>();
        if (decoded instanceof List<?> list) {
            list.stream().filter(Map.class::isInstance).forEach(o -> objects.add((Map<?, ?>) o));
        }
        return objects;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
