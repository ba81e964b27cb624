package com.insightiq.dashboard.control;

import com.insightiq.collection.control.CollectionPolicy;
import com.insightiq.dashboard.boundary.CardClick;
import com.insightiq.dashboard.boundary.CardForm;
import com.insightiq.dashboard.boundary.CardMapping;
import com.insightiq.dashboard.boundary.DashboardFilter;
import com.insightiq.dashboard.boundary.DashboardForm;
import com.insightiq.dashboard.entity.Dashboard;
import com.insightiq.platform.control.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a checked dashboard names in the tenant: the questions of its cards (they must exist, be out of the trash and
 * visible to the caller), the parameters its mappings wire (the question must have them), the targets of click
 * behaviour and the catalog columns of filters. A card kept as stored (same question, same mapping, same click) is
 * not refused for what went away since: it shows its problem instead, so one deleted question never locks a
 * dashboard. Restoring a revision checks no references at all for the same reason.
 */
@ApplicationScoped
public class DashboardReferences {
    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    CardQuestions questions;

    /** {@code stored}: the dashboard's cards as stored, by id (empty for a new dashboard). */
    public void check(String slug, CollectionPolicy policy, DashboardForm form, Map<Long, CardForm> stored,
                      boolean restoring) {
        if (restoring) {
            return;
        }
        columns(form.filters());
        Set<Long> ids = new HashSet<>();
        for (CardForm card : form.cards()) {
            if (card.questionId() != null) {
                ids.add(card.questionId());
            }
            if (card.click() != null && "question".equals(card.click().action())) {
                ids.add(card.click().targetId());
            }
        }
        Map<Long, CardQuestion> found = questions.of(ids, slug, policy);
        List<CardForm> cards = form.cards();
        for (int i = 0; i < cards.size(); i++) {
            CardForm card = cards.get(i);
            if (card.questionId() == null) {
                continue;
            }
            String label = DashboardChecks.label(card, i);
            CardForm was = card.id() == null ? null : stored.get(card.id());
            boolean kept = was != null && Objects.equals(was.questionId(), card.questionId());
            CardQuestion question = found.get(card.questionId());
            if (!question.usable() && !kept) {
                throw new InvalidInputException(cap(label) + " names question " + card.questionId() + ", "
                        + why(question) + ".");
            }
            mappings(card, question, kept ? was : null, label);
            click(card, found, was, label);
        }
    }

    private static void mappings(CardForm card, CardQuestion question, CardForm was, String label) {
        if (!question.usable()) {
            return;
        }
        for (CardMapping m : card.mappings()) {
            boolean keptAsIs = was != null && was.mappings().contains(m);
            if (!question.parameters().contains(m.parameter()) && !keptAsIs) {
                throw new InvalidInputException(cap(label) + " maps filter '" + m.filterId() + "' to parameter '"
                        + DashboardChecks.shown(m.parameter()) + "', which question '" + question.name()
                        + "' does not have" + (question.parameters().isEmpty() ? " (it has no parameters)."
                        : " (it has " + String.join(", ", question.parameters()) + ")."));
            }
        }
    }

    private void click(CardForm card, Map<Long, CardQuestion> found, CardForm was, String label) {
        CardClick click = card.click();
        if (click == null || was != null && Objects.equals(DashboardJson.click(was.click()),
                DashboardJson.click(click))) {
            return;
        }
        if ("question".equals(click.action()) && !found.get(click.targetId()).usable()) {
            throw new InvalidInputException("The click behaviour of " + label + " opens question "
                    + click.targetId() + ", " + why(found.get(click.targetId())) + ".");
        }
        if ("dashboard".equals(click.action()) && em.find(Dashboard.class, click.targetId()) == null) {
            throw new InvalidInputException("The click behaviour of " + label + " opens dashboard "
                    + click.targetId() + ", which does not exist in this tenant.");
        }
    }

    /** Filters' catalog columns must be columns of this tenant's catalog. */
    private void columns(List<DashboardFilter> filters) {
        for (DashboardFilter f : filters) {
            if (f.columnId() != null && em.createQuery("SELECT COUNT(c) FROM CatalogColumn c WHERE c.id = :id",
                    Long.class).setParameter("id", f.columnId()).getSingleResult() == 0) {
                throw new InvalidInputException("Filter '" + f.id() + "' names column " + f.columnId()
                        + ", which is not in this tenant's catalog.");
            }
        }
    }

    private static String why(CardQuestion question) {
        return switch (question.problem()) {
            case CardQuestion.TRASHED -> "which is in the trash";
            case CardQuestion.HIDDEN -> "which you may not open";
            default -> "which does not exist in this tenant";
        };
    }

    private static String cap(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
