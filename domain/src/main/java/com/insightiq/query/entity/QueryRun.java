package com.insightiq.query.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * One finished run of the query engine, as history and audit: who ran which SQL with which values against which source,
 * how it ended and how long it took. Written once, never changed.
 */
@Entity
@Table(name = "query_run")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
@NamedQuery(name = QueryRun.OF_USER,
        query = "SELECT r FROM QueryRun r WHERE r.userId = :userId ORDER BY r.startedAt DESC, r.executionId")
@NamedQuery(name = QueryRun.ALL, query = "SELECT r FROM QueryRun r ORDER BY r.startedAt DESC, r.executionId")
public class QueryRun {
    public static final String OF_USER = "QueryRun.ofUser";
    public static final String ALL = "QueryRun.all";
    /** Longer SQL is kept shortened: the history is for people, not a copy of every megabyte sent. */
    public static final int MAX_SQL = 100_000;
    public static final int MAX_ERROR = 4_000;

    @Id
    @Column(name = "execution_id")
    private String executionId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "data_source_id", nullable = false)
    private long dataSourceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QueryPurpose purpose;

    @Column(name = "sql_text", nullable = false)
    private String sql;

    @Column(nullable = false)
    private String parameters;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QueryRunStatus status;

    @Column(name = "row_count")
    private Long rowCount;

    @Column(name = "duration_ms")
    private Long durationMs;

    @Column(name = "error_code")
    private String errorCode;

    private String error;

    @Column(nullable = false)
    private boolean cached;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    /** The saved question this run answered, if any. */
    @Column(name = "question_id")
    private Long questionId;

    /** The dashboard whose card ran this question, if any. */
    @Column(name = "dashboard_id")
    private Long dashboardId;

    protected QueryRun() {
    }

    /** What was asked; {@link #end} says how it went. */
    public QueryRun(String executionId, long userId, long dataSourceId, QueryPurpose purpose, String sql,
                    String parameters, Instant startedAt) {
        this.executionId = executionId;
        this.userId = userId;
        this.dataSourceId = dataSourceId;
        this.purpose = purpose;
        this.sql = shorten(sql == null ? "" : sql, MAX_SQL);
        this.parameters = parameters == null ? "[]" : parameters;
        this.startedAt = startedAt;
    }

    public QueryRun end(QueryRunStatus status, Long rowCount, String errorCode, String error, boolean cached,
                        Instant finishedAt) {
        this.status = status;
        this.rowCount = rowCount;
        this.errorCode = errorCode;
        this.error = error == null ? null : shorten(error, MAX_ERROR);
        this.cached = cached;
        this.finishedAt = finishedAt;
        this.durationMs = Math.max(0, finishedAt.toEpochMilli() - startedAt.toEpochMilli());
        return this;
    }

    /** Marks the run as a dashboard card's (null: not on a dashboard). */
    public QueryRun forDashboard(Long id) {
        this.dashboardId = id;
        return this;
    }

    /** Marks the run as answering a saved question (null: ad-hoc SQL). */
    public QueryRun forQuestion(Long id) {
        this.questionId = id;
        return this;
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public String executionId() {
        return executionId;
    }

    public long userId() {
        return userId;
    }

    public long dataSourceId() {
        return dataSourceId;
    }

    public QueryPurpose purpose() {
        return purpose;
    }

    public String sql() {
        return sql;
    }

    public String parameters() {
        return parameters;
    }

    public QueryRunStatus status() {
        return status;
    }

    public Optional<Long> rowCount() {
        return Optional.ofNullable(rowCount);
    }

    public Optional<Long> durationMs() {
        return Optional.ofNullable(durationMs);
    }

    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    public boolean cached() {
        return cached;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Optional<Long> questionId() {
        return Optional.ofNullable(questionId);
    }

    public Optional<Long> dashboardId() {
        return Optional.ofNullable(dashboardId);
    }
}
