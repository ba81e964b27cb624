package com.insightiq.collection.boundary;

import java.util.List;

/** A visible collection in the tree, with whether the caller may file things in it. */
public record CollectionNode(long id, String name, boolean personal, boolean curate, List<CollectionNode> children) {
}
