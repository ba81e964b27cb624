package com.insightiq.home.boundary;

import com.insightiq.access.control.Caller;
import com.insightiq.access.control.RolePermissions;
import com.insightiq.collection.control.CollectionPolicy;
import com.insightiq.collection.control.CollectionRights;
import com.insightiq.collection.entity.CollectionAccess;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.tenancy.control.TenantAccess;
import com.insightiq.tenancy.entity.Tenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What Home lists for the calling member: the questions and dashboards they opened last and those pinned in
 * collections they can view. Both lists show only items that exist, are not in the trash and that the member may
 * open now (role and collection rights are checked on every read: rights change after a view was recorded).
 */
@Stateless
public class Recents {
    /** Views kept per member; older ones are dropped when a new one is recorded. */
    public static final int KEEP = 50;
    public static final String QUESTION = "question";
    public static final String DASHBOARD = "dashboard";

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantAccess access;

    @Inject
    Caller caller;

    @Inject
    CollectionRights rights;

    /** Records that the member opened the item now; an item they cannot open is unknown (404). */
    public void viewed(String slug, String kind, long id) {
        String type = type(kind);
        Tenant tenant = access.enter(slug, kind, "view");
        CollectionPolicy policy = rights.policy(slug);
        List<HomeItem> found = items(tenant, "SELECT '" + type + "', t.id, t.name, t.description, t.collection_id,"
                + " NULL FROM " + table(tenant, kind) + " t WHERE t.id = ? AND t.archived_at IS NULL", id);
        if (found.isEmpty() || !mayView(policy, slug, found.get(0).collectionId())) {
            throw new NotFoundException("There is no " + kind + " " + id + " in '" + slug + "'.");
        }
        long userId = caller.userId();
        String recent = "\"" + tenant.schema() + "\".recent_view";
        em.createNativeQuery("INSERT INTO " + recent + " (user_id, item_type, item_id, viewed_at)"
                        + " VALUES (?, ?, ?, clock_timestamp()) ON CONFLICT (user_id, item_type, item_id)"
                        + " DO UPDATE SET viewed_at = EXCLUDED.viewed_at")
                .setParameter(1, userId).setParameter(2, type).setParameter(3, id).executeUpdate();
        em.createNativeQuery("DELETE FROM " + recent + " r WHERE r.user_id = ? AND (r.item_type, r.item_id) NOT IN"
                        + " (SELECT k.item_type, k.item_id FROM " + recent + " k WHERE k.user_id = ?"
                        + " ORDER BY k.viewed_at DESC LIMIT " + KEEP + ")")
                .setParameter(1, userId).setParameter(2, userId).executeUpdate();
    }

    /** The member's recently opened questions and dashboards they may still open, newest first. */
    public List<HomeItem> recent(String slug) {
        Tenant tenant = access.enter(slug, "collection", "view");
        String recent = "\"" + tenant.schema() + "\".recent_view";
        long userId = caller.userId();
        String sql = "SELECT r.item_type AS kind, t.id AS id, t.name AS name, t.description AS description,"
                + " t.collection_id AS collection_id, r.viewed_at AS viewed_at FROM " + recent
                + " r JOIN %s t ON t.id = r.item_id AND t.archived_at IS NULL"
                + " WHERE r.user_id = ? AND r.item_type = '%s'";
        List<HomeItem> all = items(tenant, "SELECT * FROM (" + String.format(sql, table(tenant, QUESTION), "QUESTION")
                + " UNION ALL " + String.format(sql, table(tenant, DASHBOARD), "DASHBOARD")
                + ") x ORDER BY x.viewed_at DESC, x.kind, x.id", userId, userId);
        return visible(slug, all);
    }

    /** Questions and dashboards pinned in any collection the member can view: dashboards first, then by name. */
    public List<HomeItem> pinned(String slug) {
        Tenant tenant = access.enter(slug, "collection", "view");
        String sql = "SELECT '%s' AS kind, t.id AS id, t.name AS name, t.description AS description,"
                + " t.collection_id AS collection_id, NULL AS viewed_at FROM %s t"
                + " WHERE t.pinned AND t.archived_at IS NULL";
        return visible(slug, items(tenant, "SELECT * FROM (" + String.format(sql, "DASHBOARD", table(tenant, DASHBOARD))
                + " UNION ALL " + String.format(sql, "QUESTION", table(tenant, QUESTION))
                + ") x ORDER BY x.kind, LOWER(x.name), x.id"));
    }

    private List<HomeItem> visible(String slug, List<HomeItem> items) {
        CollectionPolicy policy = rights.policy(slug);
        Map<String, Boolean> kinds = new HashMap<>();
        Map<Long, Boolean> collections = new HashMap<>();
        List<HomeItem> shown = new ArrayList<>();
        for (HomeItem item : items) {
            boolean role = kinds.computeIfAbsent(item.kind(), k ->
                    caller.isPermitted(RolePermissions.of(slug, k, "view")));
            Long collection = item.collectionId();
            boolean place = collection == null ? mayView(policy, slug, null)
                    : collections.computeIfAbsent(collection, c -> mayView(policy, slug, c));
            if (role && place) {
                shown.add(item);
            }
        }
        return shown;
    }

    private boolean mayView(CollectionPolicy policy, String slug, Long collectionId) {
        try {
            return rights.accessOf(policy, slug, collectionId).allows(CollectionAccess.VIEW);
        } catch (NotFoundException invisible) {
            return false;
        }
    }

    private List<HomeItem> items(Tenant tenant, String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new HomeItem(((String) r[0]).toLowerCase(Locale.ROOT),
                ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                r[4] == null ? null : ((Number) r[4]).longValue(), instant(r[5]))).toList();
    }

    private static String table(Tenant tenant, String kind) {
        return "\"" + tenant.schema() + "\"." + kind;
    }

    private static String type(String kind) {
        if (!QUESTION.equals(kind) && !DASHBOARD.equals(kind)) {
            throw new InvalidInputException("kind must be \"question\" or \"dashboard\".");
        }
        return kind.toUpperCase(Locale.ROOT);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
