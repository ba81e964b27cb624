package com.insightiq.collection.control;

import com.insightiq.dashboard.entity.Dashboard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * Dashboards as collection items. Only their archival state and pin change here; content is Dashboards'. Deleting
 * for good takes the cards, revisions, public link and recent views along (written out here, not left to the
 * foreign keys, so the persistence context holds nothing stale).
 */
@ApplicationScoped
public class DashboardItems implements ItemSource {
    public static final String KIND = "dashboard";

    /** Listings read columns, not entities, as {@link QuestionItems} does. */
    private static final String SELECT = "SELECT d.id, d.name, d.description, d.collectionId, d.pinned, d.ownerId,"
            + " d.authorship.updatedAt, d.archival.archivedAt FROM Dashboard d WHERE ";

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<CollectionItem> in(Long collectionId) {
        return items((collectionId == null ? "d.collectionId IS NULL" : "d.collectionId = :collection")
                + " AND d.archival.archivedAt IS NULL ORDER BY d.pinned DESC, LOWER(d.name), d.id", collectionId);
    }

    @Override
    public Optional<CollectionItem> find(long id) {
        return em.createQuery(SELECT + "d.id = :id", Object[].class).setParameter("id", id).getResultStream()
                .findFirst().map(DashboardItems::item);
    }

    @Override
    public List<CollectionItem> archived() {
        return items("d.archival.archivedAt IS NOT NULL ORDER BY d.archival.archivedAt DESC", null);
    }

    @Override
    public void archiveIn(Set<Long> collectionIds, long userId) {
        inCollections(collectionIds, "d.archival.archivedAt IS NULL").forEach(d -> d.archive(userId));
    }

    @Override
    public void restoreIn(Set<Long> collectionIds, Instant since) {
        inCollections(collectionIds, "d.archival.archivedAt IS NOT NULL").stream()
                .filter(d -> !d.archival().archivedAt().orElseThrow().isBefore(since))
                .forEach(Dashboard::restoreFromTrash);
    }

    @Override
    public void deleteIn(Set<Long> collectionIds) {
        inCollections(collectionIds, null).forEach(this::deleteForGood);
    }

    @Override
    public void restore(long id) {
        Optional.ofNullable(em.find(Dashboard.class, id)).ifPresent(Dashboard::restoreFromTrash);
    }

    @Override
    public void delete(long id) {
        Optional.ofNullable(em.find(Dashboard.class, id)).ifPresent(this::deleteForGood);
    }

    @Override
    public boolean pin(long id, boolean pinned) {
        Dashboard d = em.find(Dashboard.class, id);
        if (d == null) {
            return false;
        }
        d.pin(pinned);
        return true;
    }

    private void deleteForGood(Dashboard d) {
        String schema = String.valueOf(em.getProperties().get(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT));
        em.createQuery("DELETE FROM DashboardCard c WHERE c.dashboardId = :dashboard").setParameter("dashboard", d.id())
                .executeUpdate();
        em.createQuery("DELETE FROM DashboardRevision r WHERE r.dashboardId = :dashboard")
                .setParameter("dashboard", d.id()).executeUpdate();
        em.createNativeQuery("DELETE FROM control.public_link WHERE item_type = 'DASHBOARD' AND item_id = ?1"
                + " AND tenant_id IN (SELECT id FROM control.tenant WHERE 'tenant_' || slug = ?2)")
                .setParameter(1, d.id()).setParameter(2, schema).executeUpdate();
        em.createNativeQuery("DELETE FROM \"" + schema + "\".recent_view WHERE item_type = 'DASHBOARD'"
                + " AND item_id = ?1").setParameter(1, d.id()).executeUpdate();
        em.remove(d);
    }

    private List<Dashboard> inCollections(Set<Long> collectionIds, String condition) {
        if (collectionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT d FROM Dashboard d WHERE d.collectionId IN :ids"
                + (condition == null ? "" : " AND " + condition), Dashboard.class)
                .setParameter("ids", collectionIds).getResultList();
    }

    private List<CollectionItem> items(String where, Long collectionId) {
        var query = em.createQuery(SELECT + where, Object[].class);
        if (collectionId != null) {
            query.setParameter("collection", collectionId);
        }
        return query.getResultStream().map(DashboardItems::item).toList();
    }

    static CollectionItem item(Object[] r) {
        return new CollectionItem(KIND, (Long) r[0], (String) r[1], (String) r[2], (Long) r[3], (Boolean) r[4],
                (Long) r[5], instant(r[6]), instant(r[7]));
    }

    private static Instant instant(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) value;
    }
}
