package com.insightiq.collection.entity;

/** What a bookmark points at. */
public enum BookmarkKind {
    QUESTION, COLLECTION, DASHBOARD
}
