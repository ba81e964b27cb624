package com.insightiq.collection.boundary;

/** Create or replace a collection: {@code parentId} null files it in "Our analytics"; a stale version is refused. */
public record CollectionForm(String name, String description, Long parentId, Integer version) {
}
