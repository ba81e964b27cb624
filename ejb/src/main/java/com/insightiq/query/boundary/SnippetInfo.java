package com.insightiq.query.boundary;

import java.time.Instant;

/** A snippet as pages and the API show it. */
public record SnippetInfo(long id, String name, String content, String description, long createdBy,
                          Instant createdAt, Instant updatedAt) {
}
