package com.insightiq.collection.boundary;

import com.insightiq.collection.control.CollectionItem;
import com.insightiq.collection.control.CollectionPolicy;
import com.insightiq.collection.control.CollectionRights;
import com.insightiq.collection.control.CollectionStore;
import com.insightiq.collection.control.ItemSource;
import com.insightiq.collection.entity.BookmarkKind;
import com.insightiq.collection.entity.Collection;
import com.insightiq.collection.entity.CollectionAccess;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.tenancy.control.TenantAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Archiving a collection takes everything inside along (sub-collections and items); restoring brings back what went
 * with it, not what was trashed on its own before. A collection whose parent is in the trash cannot be restored on
 * its own (400: restore the parent first). Deleting for good works only from the trash.
 */
@Stateless
public class Trash {
    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantAccess access;

    @Inject
    CollectionRights rights;

    @Inject
    CollectionStore store;

    public void archive(String slug, long id) {
        access.enter(slug, Collections.RESOURCE, "edit");
        CollectionPolicy policy = rights.policy(slug);
        Collection c = curated(policy, slug, id);
        if (c.personal() && c.parentId().isEmpty()) {
            throw new InvalidInputException("A personal collection cannot go to the trash.");
        }
        if (c.archival().archived()) {
            return;
        }
        List<Collection> subtree = store.subtree(c);
        subtree.stream().filter(d -> !d.archival().archived()).forEach(d -> d.archival().archive(policy.userId()));
        Set<Long> ids = ids(subtree);
        store.sources().forEach(s -> s.archiveIn(ids, policy.userId()));
    }

    public CollectionInfo restore(String slug, long id) {
        access.enter(slug, Collections.RESOURCE, "edit");
        CollectionPolicy policy = rights.policy(slug);
        Collection c = curated(policy, slug, id);
        if (!c.archival().archived()) {
            throw new InvalidInputException("The collection is not in the trash.");
        }
        c.parentId().map(p -> em.find(Collection.class, p)).filter(p -> p.archival().archived()).ifPresent(p -> {
            throw new InvalidInputException("The collection '" + p.name() + "' it is in is in the trash too; "
                    + "restore that one first.");
        });
        Instant since = c.archival().archivedAt().orElseThrow();
        List<Collection> subtree = store.subtree(c);
        subtree.stream().filter(d -> d.archival().archivedAt().filter(at -> !at.isBefore(since)).isPresent())
                .forEach(d -> d.archival().restore());
        Set<Long> ids = ids(subtree);
        store.sources().forEach(s -> s.restoreIn(ids, since));
        em.flush();
        return new CollectionInfo(c.id(), c.name(), c.description().orElse(null), c.parentId().orElse(null),
                c.personal(), false, "curate", List.of(), c.authorship().createdAt(), c.authorship().updatedAt(),
                c.version());
    }

    public void deleteForever(String slug, long id) {
        access.enter(slug, Collections.RESOURCE, "edit");
        CollectionPolicy policy = rights.policy(slug);
        Collection c = curated(policy, slug, id);
        if (!c.archival().archived()) {
            throw new InvalidInputException("Move the collection to the trash first; only from there it is deleted.");
        }
        List<Collection> subtree = new ArrayList<>(store.subtree(c));
        Set<Long> ids = ids(subtree);
        store.sources().forEach(s -> s.deleteIn(ids));
        em.flush();
        subtree.sort(Comparator.comparing((Collection d) -> d.location().length()).reversed());
        for (Collection d : subtree) {
            store.dropBookmarks(BookmarkKind.COLLECTION, d.id());
            em.remove(d);
            em.flush();
        }
    }

    /** What the caller may curate in the trash: archived collections whose parent is not, and items on their own. */
    public List<ItemInfo> list(String slug) {
        access.enter(slug, Collections.RESOURCE, "view");
        CollectionPolicy policy = rights.policy(slug);
        List<ItemInfo> entries = new ArrayList<>();
        for (Collection c : store.all()) {
            if (!c.archival().archived() || !policy.visible(c) || policy.accessOf(c) != CollectionAccess.CURATE
                    || c.parentId().map(p -> em.find(Collection.class, p).archival().archived()).orElse(false)) {
                continue;
            }
            entries.add(new ItemInfo("collection", c.id(), c.name(), c.description().orElse(null),
                    c.parentId().orElse(null), parentName(c.parentId().orElse(null)), false,
                    c.archival().archivedBy().orElse(null), c.archival().archivedBy().map(store::userName).orElse(null),
                    c.authorship().updatedAt(), c.archival().archivedAt().orElse(null)));
        }
        for (ItemSource source : store.sources()) {
            for (CollectionItem i : source.archived()) {
                Collection home = i.collectionId() == null ? null : em.find(Collection.class, i.collectionId());
                if ((home != null && (home.archival().archived() || !policy.visible(home)))
                        || policy.accessOf(home) != CollectionAccess.CURATE) {
                    continue;
                }
                entries.add(Collections.item(i, parentName(i.collectionId()), store.userName(i.ownerId())));
            }
        }
        entries.sort(Comparator.comparing(ItemInfo::archivedAt, Comparator.reverseOrder())
                .thenComparing(i -> i.name().toLowerCase(Locale.ROOT)));
        return entries;
    }

    /** Restores an item of any kind (not a collection) from the trash. */
    public void restoreItem(String slug, String kind, long id) {
        access.enter(slug, Collections.RESOURCE, "edit");
        CollectionItem item = trashedItem(slug, kind, id);
        if (item.collectionId() != null && em.find(Collection.class, item.collectionId()).archival().archived()) {
            throw new InvalidInputException("Its collection is in the trash; restore that one first.");
        }
        store.source(kind).restore(id);
    }

    public void deleteItemForever(String slug, String kind, long id) {
        access.enter(slug, Collections.RESOURCE, "edit");
        trashedItem(slug, kind, id);
        store.source(kind).delete(id);
        store.dropBookmarks(BookmarkKind.valueOf(kind.toUpperCase(Locale.ROOT)), id);
    }

    private CollectionItem trashedItem(String slug, String kind, long id) {
        CollectionPolicy policy = rights.policy(slug);
        CollectionItem item = store.source(kind).find(id)
                .orElseThrow(() -> new NotFoundException("There is no " + kind + " " + id + " in '" + slug + "'."));
        rights.require(policy, slug, item.collectionId(), CollectionAccess.CURATE);
        if (item.archivedAt() == null) {
            throw new InvalidInputException("The " + kind + " is not in the trash.");
        }
        return item;
    }

    private Collection curated(CollectionPolicy policy, String slug, long id) {
        rights.require(policy, slug, id, CollectionAccess.CURATE);
        return em.find(Collection.class, id);
    }

    private String parentName(Long id) {
        return id == null ? Collections.ROOT_NAME : em.find(Collection.class, id).name();
    }

    private static Set<Long> ids(List<Collection> collections) {
        return collections.stream().map(Collection::id).collect(Collectors.toSet());
    }
}
