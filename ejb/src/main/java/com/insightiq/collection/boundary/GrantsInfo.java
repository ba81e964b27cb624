package com.insightiq.collection.boundary;

/**
 * What analysts and viewers may do in a collection ({@code collectionId} null: the root). {@code analyst}/{@code viewer}
 * are this collection's own grants ("none", "view", "curate") or null where it inherits; {@code effective*} what applies.
 */
public record GrantsInfo(Long collectionId, String analyst, String viewer, String effectiveAnalyst,
                         String effectiveViewer) {
}
