package com.insightiq.collection.control;

import com.insightiq.collection.entity.CollectionAccess;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * CONTRACT STUB (issue 5): what the calling member may do in a collection ({@code collectionId} null: the root
 * "Our analytics"). Call inside the boundary's transaction, after {@code TenantAccess.enter} chose the tenant's
 * schema. Rules: admins curate everywhere (and view every personal collection); a personal collection and everything
 * below it is its owner's alone (others: NONE, and such ids answer 404, not 403); elsewhere the nearest grant for the
 * member's role up the path, else analysts CURATE and viewers VIEW.
 */
@ApplicationScoped
public class CollectionRights {
    /** The caller's access to the collection; 404 when the collection does not exist in this tenant or is invisible. */
    public CollectionAccess accessOf(String slug, Long collectionId) {
        return CollectionAccess.CURATE;
    }

    /**
     * Throws 404 when the caller cannot see the collection (unknown, another member's personal one), 403 with a
     * sentence when they see it but lack {@code needed}.
     */
    public void require(String slug, Long collectionId, CollectionAccess needed) {
        accessOf(slug, collectionId);
    }
}
