package com.insightiq.collection.control;

import com.insightiq.access.entity.User;
import com.insightiq.collection.entity.Bookmark;
import com.insightiq.collection.entity.BookmarkKind;
import com.insightiq.collection.entity.Collection;
import com.insightiq.platform.control.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads and checks shared by the collection boundaries: subtrees, personal collections, names, item sources. */
@ApplicationScoped
public class CollectionStore {
    static final int MAX_NAME = 255;
    static final int MAX_DESCRIPTION = 4000;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final Pattern CONTROL_BUT_LINES = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    @Any
    Instance<ItemSource> sources;

    public List<ItemSource> sources() {
        List<ItemSource> all = new ArrayList<>();
        sources.forEach(all::add);
        all.sort((a, b) -> a.kind().compareTo(b.kind()));
        return all;
    }

    public ItemSource source(String kind) {
        return sources().stream().filter(s -> s.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new InvalidInputException("Unknown kind of item '" + kind + "'."));
    }

    public List<Collection> all() {
        return em.createNamedQuery(Collection.ALL, Collection.class).getResultList();
    }

    /** The collection and everything below it. */
    public List<Collection> subtree(Collection c) {
        List<Collection> all = new ArrayList<>(em.createNamedQuery(Collection.SUBTREE, Collection.class)
                .setParameter("prefix", c.childLocation() + "%").getResultList());
        all.add(0, c);
        return all;
    }

    /** The member's personal collection, created on first need. */
    public Collection personalOf(long userId) {
        Optional<Collection> existing = em.createNamedQuery(Collection.PERSONAL_ROOT, Collection.class)
                .setParameter("owner", userId).getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        Collection created = Collection.personal(userId, userName(userId) + "'s personal collection");
        em.persist(created);
        em.flush();
        return created;
    }

    public String userName(long userId) {
        User user = em.find(User.class, userId);
        return user == null ? "#" + userId : user.name();
    }

    public Map<Long, String> userNames(java.util.Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        ids.forEach(id -> names.computeIfAbsent(id, this::userName));
        return names;
    }

    public void dropBookmarks(BookmarkKind kind, long itemId) {
        em.createNamedQuery(Bookmark.OF_ITEM, Bookmark.class).setParameter("type", kind).setParameter("item", itemId)
                .getResultList().forEach(em::remove);
    }

    /** A name: 1 to 255 characters after trimming, no control characters. */
    public static String name(String text) {
        String name = text == null ? "" : text.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidInputException("A name is 1 to " + MAX_NAME + " characters.");
        }
        if (CONTROL.matcher(name).find()) {
            throw new InvalidInputException("A name may not contain control characters.");
        }
        return name;
    }

    /** A description: up to 4,000 characters, line breaks allowed; blank means none. */
    public static String description(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String description = text.strip();
        if (description.length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("A description may be at most " + MAX_DESCRIPTION + " characters.");
        }
        if (CONTROL_BUT_LINES.matcher(description).find()) {
            throw new InvalidInputException("A description may not contain control characters.");
        }
        return description;
    }
}
