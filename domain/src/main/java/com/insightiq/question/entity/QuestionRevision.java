package com.insightiq.question.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * One saved state of a question, numbered from 1 (its creation). {@code snapshot} is the JSON of the content at that
 * point, {@code summary} what changed, in words. Revisions are never edited; restoring writes a new one.
 */
@Entity
@Table(name = "question_revision")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
@NamedQuery(name = QuestionRevision.OF_QUESTION, query = "SELECT r FROM QuestionRevision r"
        + " WHERE r.questionId = :question ORDER BY r.number DESC")
@NamedQuery(name = QuestionRevision.LATEST_NUMBER,
        query = "SELECT MAX(r.number) FROM QuestionRevision r WHERE r.questionId = :question")
@NamedQuery(name = QuestionRevision.BY_NUMBER, query = "SELECT r FROM QuestionRevision r"
        + " WHERE r.questionId = :question AND r.number = :number")
public class QuestionRevision {
    public static final String OF_QUESTION = "QuestionRevision.ofQuestion";
    public static final String LATEST_NUMBER = "QuestionRevision.latestNumber";
    public static final String BY_NUMBER = "QuestionRevision.byNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_id", nullable = false, updatable = false)
    private Long questionId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false)
    private String summary;

    @Column(nullable = false, updatable = false)
    private String snapshot;

    protected QuestionRevision() {
    }

    public QuestionRevision(long questionId, int number, long userId, String summary, String snapshot) {
        this.questionId = questionId;
        this.number = number;
        this.userId = userId;
        this.summary = summary;
        this.snapshot = snapshot;
        this.createdAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public long questionId() {
        return questionId;
    }

    public int number() {
        return number;
    }

    public long userId() {
        return userId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String summary() {
        return summary;
    }

    public String snapshot() {
        return snapshot;
    }
}
