package com.insightiq.catalog.entity;

import com.insightiq.platform.entity.Authorship;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** A business term: what it means, what else people call it, and the column or expression that computes it. */
@Entity
@Table(name = "glossary_term")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
@NamedQuery(name = GlossaryTerm.ALL, query = "SELECT g FROM GlossaryTerm g ORDER BY LOWER(g.term), g.id")
@NamedQuery(name = GlossaryTerm.BY_TERM, query = "SELECT g FROM GlossaryTerm g WHERE LOWER(g.term) = LOWER(:term)")
public class GlossaryTerm {
    public static final String ALL = "GlossaryTerm.all";
    public static final String BY_TERM = "GlossaryTerm.byTerm";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String term;

    @Column(nullable = false)
    private String definition;

    /** JSON array of strings. */
    @Column(nullable = false)
    private String synonyms;

    @Column(name = "column_id")
    private Long columnId;

    private String expression;

    @Embedded
    private Authorship authorship;

    @Version
    private int version;

    protected GlossaryTerm() {
    }

    public GlossaryTerm(Long createdBy) {
        this.authorship = Authorship.by(createdBy);
        this.synonyms = "[]";
    }

    /** The caller validated every field; {@code columnId} and {@code expression} may both be null. */
    public void define(String term, String definition, String synonymsJson, Long columnId, String expression) {
        this.term = term;
        this.definition = definition;
        this.synonyms = synonymsJson;
        this.columnId = columnId;
        this.expression = expression;
        authorship.touch();
    }

    public Long id() {
        return id;
    }

    public String term() {
        return term;
    }

    public String definition() {
        return definition;
    }

    public String synonymsJson() {
        return synonyms;
    }

    public Optional<Long> columnId() {
        return Optional.ofNullable(columnId);
    }

    public Optional<String> expression() {
        return Optional.ofNullable(expression);
    }

    public Long createdBy() {
        return authorship.createdBy();
    }

    public Instant createdAt() {
        return authorship.createdAt();
    }

    public Instant updatedAt() {
        return authorship.updatedAt();
    }
}
