package com.insightiq.collection.boundary;

import com.insightiq.collection.control.CollectionItem;
import com.insightiq.collection.control.CollectionPolicy;
import com.insightiq.collection.control.CollectionRights;
import com.insightiq.collection.control.CollectionStore;
import com.insightiq.collection.entity.Bookmark;
import com.insightiq.collection.entity.BookmarkKind;
import com.insightiq.collection.entity.Collection;
import com.insightiq.collection.entity.CollectionAccess;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.tenancy.control.TenantAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A member's bookmarks of collections and items (the sidebar). Only things the member may open can be bookmarked;
 * bookmarks of what they no longer may open, or what is in the trash, are left out of the list.
 */
@Stateless
public class Bookmarks {
    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantAccess access;

    @Inject
    CollectionRights rights;

    @Inject
    CollectionStore store;

    public List<BookmarkInfo> list(String slug) {
        access.enter(slug, Collections.RESOURCE, "view");
        CollectionPolicy policy = rights.policy(slug);
        List<BookmarkInfo> shown = new ArrayList<>();
        for (Bookmark b : em.createNamedQuery(Bookmark.OF_USER, Bookmark.class).setParameter("user", policy.userId())
                .getResultList()) {
            String type = b.itemType().name().toLowerCase(Locale.ROOT);
            name(policy, type, b.itemId()).ifPresent(n -> shown.add(new BookmarkInfo(type, b.itemId(), n,
                    b.createdAt())));
        }
        return shown;
    }

    public boolean has(String slug, String type, long id) {
        access.enter(slug, Collections.RESOURCE, "view");
        long user = rights.policy(slug).userId();
        return em.find(Bookmark.class, new Bookmark.Key(user, kind(type), id)) != null;
    }

    public BookmarkInfo add(String slug, String type, long id) {
        access.enter(slug, Collections.RESOURCE, "view");
        CollectionPolicy policy = rights.policy(slug);
        String name = name(policy, type, id).orElseThrow(() -> new NotFoundException(
                "There is no " + type + " " + id + " in '" + slug + "'."));
        Bookmark.Key key = new Bookmark.Key(policy.userId(), kind(type), id);
        Bookmark b = em.find(Bookmark.class, key);
        if (b == null) {
            b = new Bookmark(policy.userId(), kind(type), id);
            em.persist(b);
        }
        return new BookmarkInfo(type, id, name, b.createdAt());
    }

    public void remove(String slug, String type, long id) {
        access.enter(slug, Collections.RESOURCE, "view");
        long user = rights.policy(slug).userId();
        Bookmark b = em.find(Bookmark.class, new Bookmark.Key(user, kind(type), id));
        if (b == null) {
            throw new NotFoundException("You have no bookmark of " + type + " " + id + ".");
        }
        em.remove(b);
    }

    /** The name of what the bookmark points at, when the member may open it and it is not in the trash. */
    private Optional<String> name(CollectionPolicy policy, String type, long id) {
        if (kind(type) == BookmarkKind.COLLECTION) {
            Collection c = em.find(Collection.class, id);
            return Optional.ofNullable(c).filter(x -> !x.archival().archived() && policy.visible(x)
                    && policy.accessOf(x) != CollectionAccess.NONE).map(Collection::name);
        }
        Optional<CollectionItem> item = store.source(type).find(id).filter(i -> i.archivedAt() == null);
        return item.filter(i -> mayOpen(policy, i.collectionId())).map(CollectionItem::name);
    }

    private boolean mayOpen(CollectionPolicy policy, Long collectionId) {
        Collection home = collectionId == null ? null : em.find(Collection.class, collectionId);
        return (home == null || (!home.archival().archived() && policy.visible(home)))
                && policy.accessOf(home) != CollectionAccess.NONE;
    }

    private static BookmarkKind kind(String type) {
        try {
            return BookmarkKind.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("There is nothing of type '" + type + "' to bookmark.");
        }
    }
}
