package com.insightiq.nlq.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** "This is wrong": the question, what the engine answered, and what the person said, kept for admins to review. */
@Entity
@Table(name = "nlq_feedback")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
@NamedQuery(name = NlqFeedback.BY_STATE,
        query = "SELECT f FROM NlqFeedback f WHERE f.state = :state ORDER BY f.createdAt DESC, f.id DESC")
public class NlqFeedback {
    public static final String BY_STATE = "NlqFeedback.byState";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "data_source_id", nullable = false)
    private Long dataSourceId;

    @Column(nullable = false)
    private String question;

    /** answered, ambiguous or cannot_answer: the API's status codes. */
    @Column(name = "answer_status", nullable = false)
    private String answerStatus;

    private String interpretation;

    /** The NlQuery as JSON, when there was one. */
    private String query;

    private String sql;

    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FeedbackState state;

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "reviewed_by")
    private Long reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    protected NlqFeedback() {
    }

    public NlqFeedback(long dataSourceId, long createdBy, String question, String answerStatus, String interpretation,
            String queryJson, String sql, String comment) {
        this.dataSourceId = dataSourceId;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.question = question;
        this.answerStatus = answerStatus;
        this.interpretation = interpretation;
        this.query = queryJson;
        this.sql = sql;
        this.comment = comment;
        this.state = FeedbackState.OPEN;
    }

    public void review(FeedbackState outcome, long reviewer) {
        this.state = outcome;
        this.reviewedBy = reviewer;
        this.reviewedAt = Instant.now();
    }

    public long id() {
        return id;
    }

    public long dataSourceId() {
        return dataSourceId;
    }

    public String question() {
        return question;
    }

    public String answerStatus() {
        return answerStatus;
    }

    public Optional<String> interpretation() {
        return Optional.ofNullable(interpretation);
    }

    public Optional<String> queryJson() {
        return Optional.ofNullable(query);
    }

    public Optional<String> sql() {
        return Optional.ofNullable(sql);
    }

    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    public FeedbackState state() {
        return state;
    }

    public long createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Long> reviewedBy() {
        return Optional.ofNullable(reviewedBy);
    }

    public Optional<Instant> reviewedAt() {
        return Optional.ofNullable(reviewedAt);
    }
}
