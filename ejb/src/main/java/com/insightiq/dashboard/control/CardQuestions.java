package com.insightiq.dashboard.control;

import com.insightiq.collection.control.CollectionPolicy;
import com.insightiq.collection.control.CollectionRights;
import com.insightiq.collection.entity.CollectionAccess;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.question.boundary.QuestionParameter;
import com.insightiq.question.control.QuestionJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The questions of dashboard cards, read in one query as columns (not entities, so nothing becomes dirty), judged
 * for one member: gone, in the trash, or in a collection they may not open is a {@link CardQuestion#problem}.
 */
@ApplicationScoped
public class CardQuestions {
    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    CollectionRights rights;

    /** By question id, every id answered; {@code policy} null: nobody's rights (no visibility problem). */
    public Map<Long, CardQuestion> of(Collection<Long> ids, String slug, CollectionPolicy policy) {
        Map<Long, CardQuestion> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        for (Object[] r : em.createQuery("SELECT q.id, q.name, q.visualizationType, q.parameters,"
                + " q.collectionId, q.archival.archivedAt FROM Question q WHERE q.id IN :ids", Object[].class)
                .setParameter("ids", Set.copyOf(ids)).getResultList()) {
            long id = (Long) r[0];
            Long collectionId = (Long) r[4];
            String problem = r[5] != null ? CardQuestion.TRASHED
                    : policy != null && !mayView(policy, slug, collectionId) ? CardQuestion.HIDDEN : null;
            found.put(id, problem != null ? new CardQuestion(id, null, null, Set.of(), collectionId, problem)
                    : new CardQuestion(id, (String) r[1], (String) r[2], parameters((String) r[3]), collectionId,
                    null));
        }
        ids.forEach(id -> found.computeIfAbsent(id, gone -> new CardQuestion(gone, null, null, Set.of(), null,
                CardQuestion.GONE)));
        return found;
    }

    private boolean mayView(CollectionPolicy policy, String slug, Long collectionId) {
        try {
            return rights.accessOf(policy, slug, collectionId).allows(CollectionAccess.VIEW);
        } catch (NotFoundException invisible) {
            return false;
        }
    }

    private static Set<String> parameters(String json) {
        Set<String> names = new LinkedHashSet<>();
        QuestionJson.parameters(json).stream().map(QuestionParameter::name).forEach(names::add);
        return names;
    }
}
