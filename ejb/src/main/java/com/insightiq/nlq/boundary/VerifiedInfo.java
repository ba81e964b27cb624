package com.insightiq.nlq.boundary;

import java.time.Instant;

public record VerifiedInfo(long id, long dataSourceId, String question, String interpretation, String sql,
        long createdBy, Instant createdAt) {
}
