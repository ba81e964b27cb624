package com.insightiq.collection.boundary;

import java.util.List;

/**
 * Everything the caller sees, for the sidebar and pickers: "Our analytics" ({@code rootCurate}: may they file things
 * at the top) with its collections, their own personal collection, and for tenant admins the other members' ones.
 */
public record CollectionOutline(boolean rootCurate, List<CollectionNode> shared, CollectionNode personal,
                                List<CollectionNode> others) {
}
