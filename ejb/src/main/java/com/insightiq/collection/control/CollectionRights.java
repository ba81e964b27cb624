package com.insightiq.collection.control;

import com.insightiq.access.control.Caller;
import com.insightiq.access.entity.Role;
import com.insightiq.collection.entity.Collection;
import com.insightiq.collection.entity.CollectionAccess;
import com.insightiq.collection.entity.CollectionGrant;
import com.insightiq.platform.control.ForbiddenException;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.query.control.MemberRoles;
import com.insightiq.tenancy.entity.Slug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What the calling member may do in a collection ({@code collectionId} null: the root "Our analytics"). Call inside
 * the boundary's transaction, after {@code TenantAccess.enter} chose the tenant's schema. Rules in
 * {@link CollectionPolicy}; another member's personal collection answers 404 (it does not exist for the caller), a
 * visible collection without enough access 403. Nothing is cached across calls: roles and grants change.
 */
@ApplicationScoped
public class CollectionRights {
    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MemberRoles roles;

    /** The caller's access to the collection; 404 when the collection does not exist in this tenant or is invisible. */
    public CollectionAccess accessOf(String slug, Long collectionId) {
        return accessOf(policy(slug), slug, collectionId);
    }

    /**
     * Throws 404 when the caller cannot see the collection (unknown, another member's personal one), 403 with a
     * sentence when they see it but lack {@code needed}.
     */
    public void require(String slug, Long collectionId, CollectionAccess needed) {
        require(policy(slug), slug, collectionId, needed);
    }

    /** The caller's rules, for boundaries that judge many collections in one request. */
    public CollectionPolicy policy(String slug) {
        long userId = caller.userId();
        Role role = roles.roleOf(new Slug(slug), userId).orElseThrow(() ->
                new ForbiddenException("You are not a member of tenant '" + slug + "'."));
        return new CollectionPolicy(userId, role,
                em.createNamedQuery(CollectionGrant.ALL, CollectionGrant.class).getResultList());
    }

    public CollectionAccess accessOf(CollectionPolicy policy, String slug, Long collectionId) {
        return policy.accessOf(collectionId == null ? null : visible(policy, slug, collectionId));
    }

    public void require(CollectionPolicy policy, String slug, Long collectionId, CollectionAccess needed) {
        Collection c = collectionId == null ? null : visible(policy, slug, collectionId);
        CollectionAccess access = policy.accessOf(c);
        if (!access.allows(needed)) {
            String where = c == null ? "Our analytics" : "the collection '" + c.name() + "'";
            throw new ForbiddenException(switch (needed) {
                case CURATE -> "You may not change what is in " + where + ".";
                default -> "You may not open " + where + ".";
            });
        }
    }

    /** The collection, or 404 when it does not exist here or is another member's personal one. */
    public Collection visible(CollectionPolicy policy, String slug, long collectionId) {
        Collection c = em.find(Collection.class, collectionId);
        if (c == null || !policy.visible(c)) {
            throw new NotFoundException("There is no collection " + collectionId + " in '" + slug + "'.");
        }
        return c;
    }

    /**
     * Where a question or dashboard may be filed ({@code collectionId} null: "Our analytics"): the collection exists
     * here (else 404), is not in the trash (else 400) and the caller curates it (else 403, or 404 when invisible).
     */
    public void requireFilingTarget(String slug, Long collectionId) {
        if (collectionId != null) {
            Collection c = em.find(Collection.class, collectionId);
            if (c == null) {
                throw new NotFoundException("There is no collection " + collectionId + " in '" + slug + "'.");
            }
            if (c.archival().archived()) {
                throw new InvalidInputException("The collection '" + c.name() + "' is in the trash; "
                        + "restore it or choose another.");
            }
        }
        require(slug, collectionId, CollectionAccess.CURATE);
    }
}
