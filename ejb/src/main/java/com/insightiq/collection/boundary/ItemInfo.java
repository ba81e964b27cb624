package com.insightiq.collection.boundary;

import java.time.Instant;

/**
 * An entry of a collection listing, the trash or the bookmarks: a sub-collection or an item of any kind
 * ("collection", "question", later "dashboard").
 */
public record ItemInfo(String kind, long id, String name, String description, Long collectionId,
                       String collectionName, boolean pinned, Long ownerId, String ownerName, Instant updatedAt,
                       Instant archivedAt) {
}
