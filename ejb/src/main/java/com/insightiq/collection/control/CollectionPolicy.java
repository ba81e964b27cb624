package com.insightiq.collection.control;

import com.insightiq.access.entity.Role;
import com.insightiq.collection.entity.Collection;
import com.insightiq.collection.entity.CollectionAccess;
import com.insightiq.collection.entity.CollectionGrant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The collection rules for one member, evaluated over as many collections as a request needs without reading the
 * database again: admins curate everywhere; a personal collection and its subtree is its owner's (tenant admins
 * included, others see nothing); elsewhere the nearest grant for the member's role up the path, then the root's,
 * then the defaults (analysts curate, viewers view). Built per request, never cached: grants change.
 */
public final class CollectionPolicy {
    /** Grants map key of the root "Our analytics" (collection ids start at 1). */
    static final long ROOT = 0L;

    private final long userId;
    private final Role role;
    private final Map<Long, CollectionAccess> grants;

    public CollectionPolicy(long userId, Role role, List<CollectionGrant> allGrants) {
        this.userId = userId;
        this.role = role;
        this.grants = new HashMap<>();
        for (CollectionGrant g : allGrants) {
            if (g.role() == role) {
                grants.put(g.collectionId().orElse(ROOT), g.access());
            }
        }
    }

    public long userId() {
        return userId;
    }

    public Role role() {
        return role;
    }

    public boolean admin() {
        return role == Role.ADMIN;
    }

    /** The member's access to the root "Our analytics". */
    public CollectionAccess root() {
        if (admin()) {
            return CollectionAccess.CURATE;
        }
        return grants.getOrDefault(ROOT, fallback());
    }

    /** The member's access to a collection, or to the root for null. */
    public CollectionAccess accessOf(Collection c) {
        return c == null ? root() : accessOf(c.id(), c.location(), c.personalOwnerId().orElse(null));
    }

    /** The member's access to the collection {@code id} at {@code location} ("/4/9/"), personal to {@code owner}. */
    public CollectionAccess accessOf(long id, String location, Long owner) {
        if (owner != null) {
            return owner == userId || admin() ? CollectionAccess.CURATE : CollectionAccess.NONE;
        }
        if (admin()) {
            return CollectionAccess.CURATE;
        }
        CollectionAccess own = grants.get(id);
        if (own != null) {
            return own;
        }
        List<Long> ancestors = ancestors(location);
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            CollectionAccess inherited = grants.get(ancestors.get(i));
            if (inherited != null) {
                return inherited;
            }
        }
        return root();
    }

    /** Whether the collection exists for this member at all: other members' personal trees do not. */
    public boolean visible(Collection c) {
        return c == null || c.personalOwnerId().map(o -> o == userId || admin()).orElse(true);
    }

    /** The ancestor ids of a materialised path, outermost first. */
    public static List<Long> ancestors(String location) {
        if (location == null || location.length() <= 1) {
            return List.of();
        }
        return java.util.Arrays.stream(location.substring(1).split("/")).filter(s -> !s.isEmpty())
                .map(Long::valueOf).toList();
    }

    private CollectionAccess fallback() {
        return role == Role.VIEWER ? CollectionAccess.VIEW : CollectionAccess.CURATE;
    }
}
