package com.insightiq.query.boundary;

import java.time.Instant;

/** One run in a person's query history or the tenant's query log. {@code parameters} is the JSON that was given. */
public record HistoryEntry(String executionId, long userId, String userName, long dataSourceId, String sql,
                           String parameters, String status, Long rowCount, Long durationMs, String error,
                           boolean cached, Instant startedAt) {
}
