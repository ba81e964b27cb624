package com.insightiq.collection.entity;

/** What a role may do in a collection: nothing, open what is in it, or also add, edit, move and archive. */
public enum CollectionAccess {
    NONE, VIEW, CURATE;

    public boolean allows(CollectionAccess needed) {
        return compareTo(needed) >= 0;
    }
}
