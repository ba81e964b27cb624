package com.insightiq.collection.control;

import java.time.Instant;

/**
 * Something filed in a collection (a question, later a dashboard) as listings, the trash and bookmarks show it.
 * {@code collectionId} null: "Our analytics"; {@code archivedAt} null: not in the trash.
 */
public record CollectionItem(String kind, long id, String name, String description, Long collectionId,
                             boolean pinned, long ownerId, Instant updatedAt, Instant archivedAt) {
}
