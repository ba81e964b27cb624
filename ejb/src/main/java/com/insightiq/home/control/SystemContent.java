package com.insightiq.home.control;

import com.insightiq.collection.entity.Collection;
import com.insightiq.dashboard.boundary.CardForm;
import com.insightiq.dashboard.boundary.DashboardFilter;
import com.insightiq.dashboard.boundary.DashboardForm;
import com.insightiq.dashboard.boundary.DashboardInfo;
import com.insightiq.dashboard.control.CardQuestion;
import com.insightiq.dashboard.control.DashboardChecks;
import com.insightiq.dashboard.control.DashboardJson;
import com.insightiq.dashboard.control.DashboardRevisions;
import com.insightiq.dashboard.control.DashboardStore;
import com.insightiq.dashboard.control.DashboardSummary;
import com.insightiq.dashboard.entity.Dashboard;
import com.insightiq.question.boundary.QuestionParameter;
import com.insightiq.question.control.QuestionChecks;
import com.insightiq.question.control.QuestionJson;
import com.insightiq.question.control.QuestionRevisions;
import com.insightiq.question.control.QuestionStore;
import com.insightiq.question.control.RevisionSummary;
import com.insightiq.question.entity.Question;
import com.insightiq.question.entity.QuestionContent;
import com.insightiq.viz.boundary.Visualization;
import com.insightiq.viz.boundary.Visualizations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes content that InsightIQ itself owns (the demo tenant's examples) where no member is signed in: the same checks
 * of SQL, parameters and visualization as the boundaries apply, revisions written, owner {@link #SYSTEM_USER}. Runs
 * in the caller's transaction with the tenant's schema chosen.
 */
@ApplicationScoped
public class SystemContent {
    /** Rows created by InsightIQ itself rather than by a person carry this user id (as the sample source does). */
    public static final long SYSTEM_USER = 0;

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    QuestionStore questions;

    @Inject
    QuestionRevisions revisions;

    @Inject
    Visualizations visualizations;

    @Inject
    DashboardStore dashboards;

    @Inject
    DashboardRevisions dashboardRevisions;

    /** A collection at the top of "Our analytics". */
    public long collection(String name, String description) {
        Collection c = new Collection(SYSTEM_USER);
        c.describe(name, description);
        c.placeUnder(null);
        em.persist(c);
        em.flush();
        return c.id();
    }

    public long question(long dataSourceId, Long collectionId, String name, String description, String sql,
                         List<QuestionParameter> parameters, Visualization visualization) {
        List<QuestionParameter> checked = QuestionChecks.parameters(QuestionChecks.sql(sql), parameters);
        Visualization viz = visualizations.check(visualization);
        Question q = new Question(SYSTEM_USER);
        q.define(new QuestionContent(QuestionChecks.name(name, "The name"), description, dataSourceId, sql,
                QuestionJson.parameters(checked), viz.type(), QuestionJson.settings(viz.settings()), collectionId,
                null));
        em.persist(q);
        em.flush();
        revisions.write(q.id(), SYSTEM_USER, RevisionSummary.CREATED, QuestionJson.snapshot(questions.info(q)));
        return q.id();
    }

    /**
     * A dashboard of question cards, checked and stored as the dashboards boundary does; {@code cards} pairs each card
     * with its saved question.
     */
    public long dashboard(String name, String description, Long collectionId, List<DashboardFilter> filters,
                          List<PlacedQuestion> cards, boolean pinned) {
        List<CardForm> forms = cards.stream().map(p -> new CardForm(null, "question", p.questionId(), null,
                p.card().col(), p.card().row(), p.card().width(), p.card().height(), null, null, null,
                p.card().mappings(), null)).toList();
        DashboardForm form = DashboardChecks.form(new DashboardForm(name, description, collectionId, List.of(),
                filters, forms, null, null), forms.size());
        Dashboard d = new Dashboard(SYSTEM_USER);
        d.define(form.name(), form.description(), collectionId, DashboardJson.tabs(form.tabs()),
                DashboardJson.filters(form.filters()), null);
        d.pin(pinned);
        em.persist(d);
        em.flush();
        dashboards.replaceCards(d, form.cards());
        em.flush();
        Map<Long, CardQuestion> shown = new HashMap<>();
        for (PlacedQuestion p : cards) {
            shown.put(p.questionId(), new CardQuestion(p.questionId(), p.card().name(),
                    p.card().visualization().type(), p.card().parameters().stream().map(QuestionParameter::name)
                    .collect(Collectors.toSet()), collectionId, null));
        }
        DashboardInfo info = dashboards.info(d, dashboards.cards(d.id()), shown, false, null);
        dashboardRevisions.write(d.id(), SYSTEM_USER, DashboardSummary.CREATED, DashboardJson.snapshot(info));
        return d.id();
    }

    /** A generated card and the question saved for it. */
    public record PlacedQuestion(XRayPlan.Card card, long questionId) {
    }
}
