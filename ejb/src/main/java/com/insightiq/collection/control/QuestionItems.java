package com.insightiq.collection.control;

import com.insightiq.question.entity.Question;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Saved questions as collection items. Only their archival state and pin change here; content is Questions'. */
@ApplicationScoped
public class QuestionItems implements ItemSource {
    public static final String KIND = "question";

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<CollectionItem> in(Long collectionId) {
        String query = collectionId == null ? Question.IN_ROOT : Question.IN_COLLECTION;
        var q = em.createNamedQuery(query, Question.class);
        if (collectionId != null) {
            q.setParameter("collection", collectionId);
        }
        return q.getResultStream().map(QuestionItems::item).toList();
    }

    @Override
    public Optional<CollectionItem> find(long id) {
        return Optional.ofNullable(em.find(Question.class, id)).map(QuestionItems::item);
    }

    @Override
    public List<CollectionItem> archived() {
        return em.createNamedQuery(Question.ARCHIVED, Question.class).getResultStream().map(QuestionItems::item)
                .toList();
    }

    @Override
    public void archiveIn(Set<Long> collectionIds, long userId) {
        inCollections(collectionIds).stream().filter(q -> !q.archival().archived())
                .forEach(q -> q.archival().archive(userId));
    }

    @Override
    public void restoreIn(Set<Long> collectionIds, Instant since) {
        inCollections(collectionIds).stream()
                .filter(q -> q.archival().archivedAt().filter(at -> !at.isBefore(since)).isPresent())
                .forEach(q -> q.archival().restore());
    }

    @Override
    public void deleteIn(Set<Long> collectionIds) {
        inCollections(collectionIds).forEach(em::remove);
    }

    @Override
    public void restore(long id) {
        Optional.ofNullable(em.find(Question.class, id)).ifPresent(q -> q.archival().restore());
    }

    @Override
    public void delete(long id) {
        Optional.ofNullable(em.find(Question.class, id)).ifPresent(em::remove);
    }

    @Override
    public boolean pin(long id, boolean pinned) {
        Question q = em.find(Question.class, id);
        if (q == null) {
            return false;
        }
        q.pin(pinned);
        return true;
    }

    private List<Question> inCollections(Set<Long> collectionIds) {
        if (collectionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT q FROM Question q WHERE q.collectionId IN :ids", Question.class)
                .setParameter("ids", collectionIds).getResultList();
    }

    static CollectionItem item(Question q) {
        return new CollectionItem(KIND, q.id(), q.name(), q.description().orElse(null), q.collectionId().orElse(null),
                q.pinned(), q.ownerId(), q.authorship().updatedAt(), q.archival().archivedAt().orElse(null));
    }
}
