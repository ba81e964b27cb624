package com.insightiq.collection.boundary;

import java.time.Instant;

/** A bookmark of the caller's that still points at something they may open. */
public record BookmarkInfo(String type, long id, String name, Instant createdAt) {
}
