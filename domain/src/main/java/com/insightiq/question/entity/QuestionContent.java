package com.insightiq.question.entity;

/**
 * What a revision of a question records: everything a person edits. Parameters and visualization settings are JSON
 * text checked by their capabilities; collectionId null is "Our analytics"; cacheTtlSeconds null is the tenant's
 * default.
 */
public record QuestionContent(String name, String description, Long dataSourceId, String sql, String parametersJson,
                              String visualizationType, String visualizationSettingsJson, Long collectionId,
                              Integer cacheTtlSeconds) {
}
