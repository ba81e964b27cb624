package com.insightiq.collection.boundary;

import java.time.Instant;
import java.util.List;

/**
 * A collection as the API and pages show it; {@code id} null is the root "Our analytics". {@code access} is the
 * caller's ("view" or "curate"); {@code path} the ancestors from the top, without the collection itself.
 */
public record CollectionInfo(Long id, String name, String description, Long parentId, boolean personal,
                             boolean archived, String access, List<Crumb> path, Instant createdAt, Instant updatedAt,
                             Integer version) {
    /** One step of a collection's path. */
    public record Crumb(Long id, String name) {
    }

    public boolean curate() {
        return "curate".equals(access);
    }
}
