package com.insightiq.home.control;

import com.insightiq.collection.entity.Collection;
import com.insightiq.dashboard.boundary.CardMapping;
import com.insightiq.dashboard.boundary.DashboardFilter;
import com.insightiq.dashboard.entity.CardKind;
import com.insightiq.dashboard.entity.Dashboard;
import com.insightiq.dashboard.entity.DashboardCard;
import com.insightiq.dashboard.entity.DashboardRevision;
import com.insightiq.query.control.JsonText;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** A dashboard of question cards; {@code cards} pairs each card with the id of its saved question. */
    public long dashboard(String name, String description, Long collectionId, List<DashboardFilter> filters,
                          List<PlacedQuestion> cards, boolean pinned) {
        Dashboard d = new Dashboard(SYSTEM_USER);
        d.define(name, description, collectionId, "[]", JsonText.of(filters.stream().map(SystemContent::filter)
                .toList()), null);
        d.pin(pinned);
        em.persist(d);
        em.flush();
        List<Map<String, Object>> cardJson = new ArrayList<>();
        for (PlacedQuestion p : cards) {
            XRayPlan.Card c = p.card();
            DashboardCard card = new DashboardCard(d.id());
            String mappings = JsonText.of(c.mappings().stream().map(SystemContent::mapping).toList());
            card.define(CardKind.QUESTION, p.questionId(), null, c.col(), c.row(), c.width(), c.height(), "{}",
                    mappings, null);
            em.persist(card);
            em.flush();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", card.id());
            json.put("kind", "question");
            json.put("questionId", p.questionId());
            json.put("col", c.col());
            json.put("row", c.row());
            json.put("width", c.width());
            json.put("height", c.height());
            json.put("mappings", c.mappings().stream().map(SystemContent::mapping).toList());
            cardJson.add(json);
        }
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("id", d.id());
        snapshot.put("name", name);
        snapshot.put("description", description);
        snapshot.put("collectionId", collectionId);
        snapshot.put("tabs", List.of());
        snapshot.put("filters", filters.stream().map(SystemContent::filter).toList());
        snapshot.put("cards", cardJson);
        snapshot.put("pinned", pinned);
        em.persist(new DashboardRevision(d.id(), 1, SYSTEM_USER, RevisionSummary.CREATED, JsonText.of(snapshot)));
        em.flush();
        return d.id();
    }

    /** A generated card and the question saved for it. */
    public record PlacedQuestion(XRayPlan.Card card, long questionId) {
    }

    private static Map<String, Object> filter(DashboardFilter f) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", f.id());
        json.put("name", f.name());
        json.put("type", f.type());
        json.put("default", f.defaultValue());
        json.put("required", Boolean.TRUE.equals(f.required()));
        json.put("columnId", f.columnId());
        json.put("linkedTo", f.linkedTo() == null ? List.of() : f.linkedTo());
        return json;
    }

    private static Map<String, Object> mapping(CardMapping m) {
        return Map.of("filterId", m.filterId(), "parameter", m.parameter());
    }
}
