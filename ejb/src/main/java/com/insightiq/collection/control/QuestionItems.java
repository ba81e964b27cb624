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

    /**
     * Listings read columns, not entities: Question's {@code archival()} replaces an all-null embeddable on access,
     * which would make every listed question dirty and bump its version.
     */
    private static final String SELECT = "SELECT q.id, q.name, q.description, q.collectionId, q.pinned, q.ownerId,"
            + " q.authorship.updatedAt, q.archival.archivedAt FROM Question q WHERE ";

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<CollectionItem> in(Long collectionId) {
        return items((collectionId == null ? "q.collectionId IS NULL" : "q.collectionId = :collection")
                + " AND q.archival.archivedAt IS NULL ORDER BY q.pinned DESC, LOWER(q.name), q.id", collectionId);
    }

    @Override
    public Optional<CollectionItem> find(long id) {
        return em.createQuery(SELECT + "q.id = :id", Object[].class).setParameter("id", id).getResultStream()
                .findFirst().map(QuestionItems::item);
    }

    @Override
    public List<CollectionItem> archived() {
        return items("q.archival.archivedAt IS NOT NULL ORDER BY q.archival.archivedAt DESC", null);
    }

    @Override
    public void archiveIn(Set<Long> collectionIds, long userId) {
        inCollections(collectionIds, "q.archival.archivedAt IS NULL").forEach(q -> q.archival().archive(userId));
    }

    @Override
    public void restoreIn(Set<Long> collectionIds, Instant since) {
        inCollections(collectionIds, "q.archival.archivedAt IS NOT NULL").stream()
                .filter(q -> !q.archival().archivedAt().orElseThrow().isBefore(since))
                .forEach(q -> q.archival().restore());
    }

    @Override
    public void deleteIn(Set<Long> collectionIds) {
        inCollections(collectionIds, null).forEach(em::remove);
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

    private List<Question> inCollections(Set<Long> collectionIds, String condition) {
        if (collectionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT q FROM Question q WHERE q.collectionId IN :ids"
                + (condition == null ? "" : " AND " + condition), Question.class)
                .setParameter("ids", collectionIds).getResultList();
    }

    private List<CollectionItem> items(String where, Long collectionId) {
        var query = em.createQuery(SELECT + where, Object[].class);
        if (collectionId != null) {
            query.setParameter("collection", collectionId);
        }
        return query.getResultStream().map(QuestionItems::item).toList();
    }

    static CollectionItem item(Object[] r) {
        return new CollectionItem(KIND, (Long) r[0], (String) r[1], (String) r[2], (Long) r[3], (Boolean) r[4],
                (Long) r[5], instant(r[6]), instant(r[7]));
    }

    private static Instant instant(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) value;
    }
}
