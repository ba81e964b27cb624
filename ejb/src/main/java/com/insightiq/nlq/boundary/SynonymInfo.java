package com.insightiq.nlq.boundary;

import java.time.Instant;

public record SynonymInfo(long id, long dataSourceId, String phrase, String target, Long tableId, Long columnId,
        String value, long createdBy, Instant createdAt) {
}
