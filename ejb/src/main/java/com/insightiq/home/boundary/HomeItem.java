package com.insightiq.home.boundary;

import java.time.Instant;

/**
 * A question or dashboard as Home lists it. {@code kind}: "question" or "dashboard"; {@code viewedAt}: when the
 * member last opened it (null in the pinned list).
 */
public record HomeItem(String kind, long id, String name, String description, Long collectionId, Instant viewedAt) {
}
