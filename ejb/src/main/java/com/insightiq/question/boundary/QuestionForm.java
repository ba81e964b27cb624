package com.insightiq.question.boundary;

import com.insightiq.viz.boundary.Visualization;
import java.util.List;

/**
 * A question as a person sends it (create: POST, edit: PUT with the whole content). {@code collectionId} null is
 * "Our analytics"; {@code cacheTtlSeconds} null the tenant's default; {@code version}, when given on PUT, must be the
 * current one (else 409).
 */
public record QuestionForm(String name, String description, Long dataSourceId, String sql,
                           List<QuestionParameter> parameters, Visualization visualization, Long collectionId,
                           Integer cacheTtlSeconds, Integer version) {
}
