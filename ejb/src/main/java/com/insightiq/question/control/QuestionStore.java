package com.insightiq.question.control;

import com.insightiq.access.entity.User;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.question.boundary.QuestionInfo;
import com.insightiq.question.entity.Question;
import com.insightiq.viz.boundary.Visualization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds questions in the current tenant schema and turns them into {@link QuestionInfo}s, with the owners' names read
 * from the control schema in one query.
 */
@ApplicationScoped
public class QuestionStore {
    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    /** The question, or 404 (unknown here — another tenant's id is unknown too). */
    public Question find(String slug, long id) {
        Question question = em.find(Question.class, id);
        if (question == null) {
            throw new NotFoundException("There is no question " + id + " in '" + slug + "'.");
        }
        return question;
    }

    /** A collection's name and whether it is in the trash, read without loading (and so dirtying) the entity. */
    public record CollectionState(String name, boolean archived) {
    }

    public Optional<CollectionState> collectionState(long collectionId) {
        return em.createQuery("SELECT c.name, c.archival.archivedAt FROM Collection c WHERE c.id = :id",
                Object[].class).setParameter("id", collectionId).getResultStream()
                .map(row -> new CollectionState((String) row[0], row[1] != null)).findFirst();
    }

    /** Ids of the collections not in the trash. */
    public Set<Long> liveCollectionIds() {
        return Set.copyOf(em.createQuery("SELECT c.id FROM Collection c WHERE c.archival.archivedAt IS NULL",
                Long.class).getResultList());
    }

    public QuestionInfo info(Question q) {
        return info(q, names(Set.of(q.ownerId())));
    }

    public List<QuestionInfo> infos(List<Question> questions) {
        Map<Long, String> names = names(questions.stream().map(Question::ownerId).collect(Collectors.toSet()));
        return questions.stream().map(q -> info(q, names)).toList();
    }

    /** Display names of users (control schema), by id; unknown ids are left out. */
    public Map<Long, String> names(Collection<Long> userIds) {
        Map<Long, String> names = new HashMap<>();
        if (!userIds.isEmpty()) {
            em.createQuery("SELECT u FROM User u WHERE u.id IN :ids", User.class).setParameter("ids", userIds)
                    .getResultStream().forEach(u -> names.put(u.id(), u.name()));
        }
        return names;
    }

    private static QuestionInfo info(Question q, Map<Long, String> names) {
        return new QuestionInfo(q.id(), q.name(), q.description().orElse(null), q.dataSourceId(), q.sql(),
                QuestionJson.parameters(q.parametersJson()),
                new Visualization(q.visualizationType(), QuestionJson.settings(q.visualizationSettingsJson())),
                q.collectionId().orElse(null), q.cacheTtlSeconds().orElse(null), q.ownerId(),
                names.get(q.ownerId()), q.pinned(), q.archived(), q.authorship().createdAt(),
                q.authorship().updatedAt(), q.version());
    }
}
