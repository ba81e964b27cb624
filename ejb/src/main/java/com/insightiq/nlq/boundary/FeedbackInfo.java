package com.insightiq.nlq.boundary;

import java.time.Instant;

public record FeedbackInfo(long id, long dataSourceId, String question, String status, String interpretation,
        String sql, String comment, String state, long createdBy, Instant createdAt, Long reviewedBy,
        Instant reviewedAt) {
}
