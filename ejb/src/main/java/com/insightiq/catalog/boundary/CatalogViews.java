package com.insightiq.catalog.boundary;

import java.time.Instant;
import java.util.List;

/** The records the catalog API reads and writes. */
public final class CatalogViews {
    private CatalogViews() {
    }

    public record TableSummary(long id, long dataSourceId, String schema, String name, String kind, String displayName,
                               String description, boolean hidden, Long estimatedRows, int columns,
                               Instant fingerprintedAt, Instant updatedAt) {
    }

    public record TableDetail(long id, long dataSourceId, String schema, String name, String kind, String displayName,
                              String description, boolean hidden, Long estimatedRows, Instant fingerprintedAt,
                              Instant updatedAt, List<ColumnInfo> columns, List<ForeignKeyInfo> foreignKeys,
                              List<IndexInfo> indexes) {
    }

    public record ColumnInfo(long id, long tableId, String name, int position, String databaseType, int jdbcType,
                             boolean nullable, boolean primaryKey, String displayName, String description,
                             boolean hidden, String semanticType, String inferredSemanticType,
                             String semanticTypeOverride, Long fkTargetColumnId, Long syncedFkTargetColumnId,
                             Long fkOverrideColumnId, Fingerprint fingerprint) {
    }

    public record Fingerprint(Integer sampledRows, Integer distinctCount, Double nullShare, String min, String max,
                              Double avgLength, Instant at) {
    }

    public record ForeignKeyInfo(String name, List<String> columns, String targetSchema, String targetTable,
                                 List<String> targetColumns) {
    }

    public record IndexInfo(String name, boolean unique, List<String> columns) {
    }

    public record FieldValues(long columnId, List<String> values) {
    }

    public record TableEdit(String displayName, String description, Boolean hidden) {
    }

    public record ColumnEdit(String displayName, String description, Boolean hidden, String semanticType,
                             Long fkTargetColumnId) {
    }

    public record SyncInfo(long id, long jobId, long dataSourceId, String status, String trigger, String fingerprint,
                           Integer tablesTotal, int tablesDone, int added, int changed, int removed, int fingerprinted,
                           Instant requestedAt, Instant startedAt, Instant finishedAt, String error) {
    }

    public record SyncRequest(String fingerprint) {
    }

    public record ScheduleInfo(long dataSourceId, String schedule, Instant nextSyncAt) {
    }

    public record ScheduleChange(String schedule) {
    }

    public record GlossaryInput(String term, String definition, List<String> synonyms, Long columnId,
                                String expression) {
    }

    public record GlossaryEntry(long id, String term, String definition, List<String> synonyms, Long columnId,
                                String expression, Instant createdAt, Instant updatedAt) {
    }
}
