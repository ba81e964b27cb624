package com.insightiq.collection.control;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One kind of item filed in collections. The collection listings, trash, pins and bookmarks iterate every CDI bean
 * implementing this, so a new kind (dashboards, issue 6) is one more implementation and no change to the listing
 * logic. Implementations run in the caller's transaction with the tenant's persistence context; they check nothing:
 * the collections boundary has decided what the caller may see and change.
 */
public interface ItemSource {
    /** The kind's name in JSON and URLs, lowercase: "question", "dashboard". */
    String kind();

    /** Items filed directly in the collection (null: the root), not archived. */
    List<CollectionItem> in(Long collectionId);

    /** The item, archived or not. */
    Optional<CollectionItem> find(long id);

    /** Archived items, newest first. */
    List<CollectionItem> archived();

    /** Moves the items of these collections to the trash, as the collections themselves go there. */
    void archiveIn(Set<Long> collectionIds, long userId);

    /** Restores the items of these collections that went to the trash at or after {@code since}. */
    void restoreIn(Set<Long> collectionIds, Instant since);

    /** Deletes the items of these collections for good. */
    void deleteIn(Set<Long> collectionIds);

    void restore(long id);

    void delete(long id);

    /** Pins the item to the top of its collection or unpins it; false when this kind cannot be pinned. */
    boolean pin(long id, boolean pinned);
}
