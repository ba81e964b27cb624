package com.insightiq.collection.boundary;

import com.insightiq.collection.control.CollectionItem;
import com.insightiq.collection.control.CollectionPolicy;
import com.insightiq.collection.control.CollectionRights;
import com.insightiq.collection.control.CollectionStore;
import com.insightiq.collection.control.ItemSource;
import com.insightiq.collection.entity.Collection;
import com.insightiq.collection.entity.CollectionAccess;
import com.insightiq.platform.control.ConflictException;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.tenancy.control.TenantAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Nested collections: the caller's tree, one collection with its items, create, rename and move, pins. Another
 * member's personal collection answers 404; a visible one without enough access 403.
 */
@Stateless
public class Collections {
    public static final String RESOURCE = "collection";
    public static final String ROOT_NAME = "Our analytics";

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantAccess access;

    @Inject
    CollectionRights rights;

    @Inject
    CollectionStore store;

    /** The caller's tree; creates their personal collection on first use. */
    public CollectionOutline outline(String slug) {
        access.enter(slug, RESOURCE, "view");
        CollectionPolicy policy = rights.policy(slug);
        Collection mine = store.personalOf(policy.userId());
        Map<Long, List<Collection>> children = new HashMap<>();
        List<Collection> tops = new ArrayList<>();
        for (Collection c : store.all()) {
            if (c.archival().archived() || !policy.visible(c)) {
                continue;
            }
            c.parentId().ifPresentOrElse(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(c),
                    () -> tops.add(c));
        }
        List<CollectionNode> shared = tops.stream().filter(c -> !c.personal())
                .map(c -> node(c, children, policy)).filter(n -> n != null).toList();
        List<CollectionNode> others = tops.stream()
                .filter(c -> c.personal() && !c.id().equals(mine.id()))
                .map(c -> node(c, children, policy)).toList();
        return new CollectionOutline(policy.root() == CollectionAccess.CURATE, shared,
                node(mine, children, policy), others);
    }

    /** Where the caller may file a question or collection: every place they curate, labelled with its path. */
    public List<CollectionChoice> choices(String slug) {
        CollectionOutline outline = outline(slug);
        List<CollectionChoice> choices = new ArrayList<>();
        if (outline.rootCurate()) {
            choices.add(new CollectionChoice(null, ROOT_NAME));
        }
        outline.shared().forEach(n -> addChoices(n, ROOT_NAME, choices));
        addChoices(outline.personal(), null, choices);
        outline.others().forEach(n -> addChoices(n, null, choices));
        return choices;
    }

    /** A collection, or the root for null. */
    public CollectionInfo get(String slug, Long id) {
        access.enter(slug, RESOURCE, "view");
        CollectionPolicy policy = rights.policy(slug);
        rights.require(policy, slug, id, CollectionAccess.VIEW);
        return info(policy, id == null ? null : em.find(Collection.class, id));
    }

    /** Sub-collections and items of a collection: pinned items first, then collections, then the rest by name. */
    public List<ItemInfo> items(String slug, Long id) {
        access.enter(slug, RESOURCE, "view");
        CollectionPolicy policy = rights.policy(slug);
        rights.require(policy, slug, id, CollectionAccess.VIEW);
        List<ItemInfo> items = new ArrayList<>();
        List<Collection> subs = id == null ? store.all().stream().filter(c -> c.parentId().isEmpty()
                && !c.personal()).toList()
                : em.createNamedQuery(Collection.CHILDREN, Collection.class).setParameter("parent", id).getResultList();
        Map<Long, String> owners = store.userNames(subs.stream().map(c -> c.authorship().createdBy()).toList());
        subs.stream().filter(c -> !c.archival().archived() && policy.visible(c)
                        && policy.accessOf(c) != CollectionAccess.NONE)
                .forEach(c -> items.add(new ItemInfo("collection", c.id(), c.name(), c.description().orElse(null), id,
                        null, false, c.authorship().createdBy(), owners.get(c.authorship().createdBy()),
                        c.authorship().updatedAt(), null)));
        for (ItemSource source : store.sources()) {
            List<CollectionItem> found = source.in(id);
            Map<Long, String> names = store.userNames(found.stream().map(CollectionItem::ownerId).toList());
            found.forEach(i -> items.add(item(i, null, names.get(i.ownerId()))));
        }
        items.sort(Comparator.comparing((ItemInfo i) -> !i.pinned())
                .thenComparing(i -> !"collection".equals(i.kind()))
                .thenComparing(i -> i.name().toLowerCase(Locale.ROOT)).thenComparing(ItemInfo::id));
        return items;
    }

    public CollectionInfo create(String slug, CollectionForm form) {
        access.enter(slug, RESOURCE, "edit");
        CollectionPolicy policy = rights.policy(slug);
        Collection parent = parent(policy, slug, form);
        Collection c = new Collection(policy.userId());
        c.describe(CollectionStore.name(form.name()), CollectionStore.description(form.description()));
        c.placeUnder(parent);
        em.persist(c);
        em.flush();
        return info(policy, c);
    }

    /** Renames, describes and, when {@code parentId} changed, moves the collection with everything below it. */
    public CollectionInfo update(String slug, long id, CollectionForm form) {
        access.enter(slug, RESOURCE, "edit");
        CollectionPolicy policy = rights.policy(slug);
        if (form == null) {
            throw new InvalidInputException("Send {\"name\": …, \"description\": …, \"parentId\": …}.");
        }
        rights.require(policy, slug, id, CollectionAccess.CURATE);
        Collection c = em.find(Collection.class, id);
        if (form.version() != null && form.version() != c.version()) {
            throw new ConflictException("Someone changed this collection meanwhile; reload it and try again.");
        }
        if (c.archival().archived()) {
            throw new InvalidInputException("The collection is in the trash; restore it first.");
        }
        if (c.personal() && c.parentId().isEmpty()) {
            throw new InvalidInputException("A personal collection keeps its name and place.");
        }
        String name = CollectionStore.name(form.name());
        String description = CollectionStore.description(form.description());
        boolean move = !java.util.Objects.equals(form.parentId(), c.parentId().orElse(null));
        if (move) {
            move(policy, slug, c, form);
        }
        c.describe(name, description);
        em.flush();
        return info(policy, c);
    }

    /** Pins or unpins an item filed in the collection (null: root). */
    public void pin(String slug, Long collectionId, String kind, long itemId, boolean pinned) {
        access.enter(slug, RESOURCE, "edit");
        CollectionPolicy policy = rights.policy(slug);
        rights.require(policy, slug, collectionId, CollectionAccess.CURATE);
        ItemSource source = store.source(kind);
        CollectionItem item = source.find(itemId).filter(i -> i.archivedAt() == null
                        && java.util.Objects.equals(i.collectionId(), collectionId))
                .orElseThrow(() -> new NotFoundException("There is no " + kind + " " + itemId + " in this collection."));
        if (!source.pin(item.id(), pinned)) {
            throw new InvalidInputException("A " + kind + " cannot be pinned.");
        }
    }

    private void move(CollectionPolicy policy, String slug, Collection c, CollectionForm form) {
        Collection target = parent(policy, slug, form);
        if (target != null && (target.id().equals(c.id()) || target.location().contains("/" + c.id() + "/"))) {
            throw new InvalidInputException("A collection cannot move into itself or one of its sub-collections.");
        }
        String oldPrefix = c.childLocation();
        List<Collection> subtree = store.subtree(c);
        List<Collection> below = subtree.subList(1, subtree.size());
        c.placeUnder(target);
        String newPrefix = c.childLocation();
        below.forEach(d -> d.rebase(oldPrefix, newPrefix, c.personalOwnerId().orElse(null)));
    }

    /** The parent the form names, checked for curate access and not in the trash; null: the root. */
    private Collection parent(CollectionPolicy policy, String slug, CollectionForm form) {
        if (form == null) {
            throw new InvalidInputException("Send {\"name\": …, \"description\": …, \"parentId\": …}.");
        }
        Long parentId = form.parentId();
        if (parentId != null && em.find(Collection.class, parentId) == null) {
            throw new InvalidInputException("There is no collection " + parentId + " to file it in.");
        }
        if (parentId != null && !policy.visible(em.find(Collection.class, parentId))) {
            throw new InvalidInputException("There is no collection " + parentId + " to file it in.");
        }
        rights.require(policy, slug, parentId, CollectionAccess.CURATE);
        Collection parent = parentId == null ? null : em.find(Collection.class, parentId);
        if (parent != null && parent.archival().archived()) {
            throw new InvalidInputException("The collection '" + parent.name() + "' is in the trash.");
        }
        return parent;
    }

    CollectionInfo info(CollectionPolicy policy, Collection c) {
        String access = policy.accessOf(c).name().toLowerCase(Locale.ROOT);
        if (c == null) {
            return new CollectionInfo(null, ROOT_NAME, null, null, false, false, access, List.of(), null, null, null);
        }
        List<CollectionInfo.Crumb> path = new ArrayList<>();
        if (!c.personal()) {
            path.add(new CollectionInfo.Crumb(null, ROOT_NAME));
        }
        for (Long ancestor : CollectionPolicy.ancestors(c.location())) {
            Collection a = em.find(Collection.class, ancestor);
            if (a != null) {
                path.add(new CollectionInfo.Crumb(a.id(), a.name()));
            }
        }
        return new CollectionInfo(c.id(), c.name(), c.description().orElse(null), c.parentId().orElse(null),
                c.personal(), c.archival().archived(), access, path, c.authorship().createdAt(),
                c.authorship().updatedAt(), c.version());
    }

    static ItemInfo item(CollectionItem i, String collectionName, String ownerName) {
        return new ItemInfo(i.kind(), i.id(), i.name(), i.description(), i.collectionId(), collectionName, i.pinned(),
                i.ownerId(), ownerName, i.updatedAt(), i.archivedAt());
    }

    private static CollectionNode node(Collection c, Map<Long, List<Collection>> children, CollectionPolicy policy) {
        CollectionAccess a = policy.accessOf(c);
        if (a == CollectionAccess.NONE) {
            return null;
        }
        List<CollectionNode> kids = children.getOrDefault(c.id(), List.of()).stream()
                .map(k -> node(k, children, policy)).filter(n -> n != null).toList();
        return new CollectionNode(c.id(), c.name(), c.personal(), a == CollectionAccess.CURATE, kids);
    }

    private static void addChoices(CollectionNode n, String prefix, List<CollectionChoice> choices) {
        String label = prefix == null ? n.name() : prefix + " / " + n.name();
        if (n.curate()) {
            choices.add(new CollectionChoice(n.id(), label));
        }
        n.children().forEach(k -> addChoices(k, label, choices));
    }
}
