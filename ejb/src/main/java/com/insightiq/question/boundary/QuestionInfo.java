package com.insightiq.question.boundary;

import com.insightiq.viz.boundary.Visualization;
import java.time.Instant;
import java.util.List;

/** A question as pages and the API show it, and as a revision's snapshot keeps it (the issue-5 contract's JSON). */
public record QuestionInfo(long id, String name, String description, long dataSourceId, String sql,
                           List<QuestionParameter> parameters, Visualization visualization, Long collectionId,
                           Integer cacheTtlSeconds, long ownerId, String ownerName, boolean pinned, boolean archived,
                           Instant createdAt, Instant updatedAt, int version) {
}
