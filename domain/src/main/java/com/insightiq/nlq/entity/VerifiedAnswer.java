package com.insightiq.nlq.entity;

import com.insightiq.platform.entity.Authorship;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * A question a curator confirmed, with the structured query (NlQuery as JSON) that answers it. The engine answers
 * the same or a paraphrased question (same {@code questionKey}: sorted content lemmas) with it before translating.
 */
@Entity
@Table(name = "nlq_verified_answer")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
@NamedQuery(name = VerifiedAnswer.OF_SOURCE,
        query = "SELECT v FROM VerifiedAnswer v WHERE v.dataSourceId = :source ORDER BY v.id DESC")
@NamedQuery(name = VerifiedAnswer.BY_KEY,
        query = "SELECT v FROM VerifiedAnswer v WHERE v.dataSourceId = :source AND v.questionKey = :key")
public class VerifiedAnswer {
    public static final String OF_SOURCE = "VerifiedAnswer.ofSource";
    public static final String BY_KEY = "VerifiedAnswer.byKey";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "data_source_id", nullable = false)
    private Long dataSourceId;

    @Column(nullable = false)
    private String question;

    @Column(name = "question_key", nullable = false)
    private String questionKey;

    /** The NlQuery as JSON. */
    @Column(nullable = false)
    private String query;

    @Embedded
    private Authorship authorship;

    @Version
    private int version;

    protected VerifiedAnswer() {
    }

    public VerifiedAnswer(long dataSourceId, long createdBy) {
        this.dataSourceId = dataSourceId;
        this.authorship = Authorship.by(createdBy);
    }

    public void define(String question, String questionKey, String queryJson) {
        this.question = question;
        this.questionKey = questionKey;
        this.query = queryJson;
        authorship.touch();
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

    public String questionKey() {
        return questionKey;
    }

    public String queryJson() {
        return query;
    }

    public long createdBy() {
        return authorship.createdBy();
    }

    public Instant createdAt() {
        return authorship.createdAt();
    }

    public Instant updatedAt() {
        return authorship.updatedAt();
    }
}
