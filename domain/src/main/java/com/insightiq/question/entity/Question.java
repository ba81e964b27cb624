package com.insightiq.question.entity;

import com.insightiq.platform.entity.Archival;
import com.insightiq.platform.entity.Authorship;
import com.insightiq.platform.entity.PresentEmbeddables;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;
import org.eclipse.persistence.annotations.Customizer;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * A saved question: SQL over one data source with its template parameters, how to show the result, where it is filed
 * (collection null: "Our analytics") and who owns it. Content changes go through {@link #define} so a revision can be
 * written for each; {@code pinned} puts it at the top of its collection.
 */
@Entity
@Table(name = "question")
@Customizer(PresentEmbeddables.class)
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
@NamedQuery(name = Question.IN_COLLECTION, query = "SELECT q FROM Question q WHERE q.collectionId = :collection"
        + " AND q.archival.archivedAt IS NULL ORDER BY q.pinned DESC, LOWER(q.name), q.id")
@NamedQuery(name = Question.IN_ROOT, query = "SELECT q FROM Question q WHERE q.collectionId IS NULL"
        + " AND q.archival.archivedAt IS NULL ORDER BY q.pinned DESC, LOWER(q.name), q.id")
@NamedQuery(name = Question.ARCHIVED,
        query = "SELECT q FROM Question q WHERE q.archival.archivedAt IS NOT NULL ORDER BY q.archival.archivedAt DESC")
public class Question {
    public static final String IN_COLLECTION = "Question.inCollection";
    public static final String IN_ROOT = "Question.inRoot";
    public static final String ARCHIVED = "Question.archived";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(name = "data_source_id", nullable = false)
    private Long dataSourceId;

    @Column(name = "sql_text", nullable = false)
    private String sql;

    /** JSON list of the template variables' definitions. */
    @Column(nullable = false)
    private String parameters;

    @Column(name = "visualization_type", nullable = false)
    private String visualizationType;

    /** JSON object of the visualization's settings. */
    @Column(name = "visualization_settings", nullable = false)
    private String visualizationSettings;

    @Column(name = "collection_id")
    private Long collectionId;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "cache_ttl_seconds")
    private Integer cacheTtlSeconds;

    @Column(nullable = false)
    private boolean pinned;

    @Embedded
    private Archival archival = new Archival();

    @Embedded
    private Authorship authorship;

    @Version
    private int version;

    protected Question() {
    }

    public Question(long ownerId) {
        this.ownerId = ownerId;
        this.authorship = Authorship.by(ownerId);
    }

    /** Everything a revision records, changed together; the boundary has checked each part. */
    public void define(QuestionContent content) {
        this.name = content.name();
        this.description = content.description();
        this.dataSourceId = content.dataSourceId();
        this.sql = content.sql();
        this.parameters = content.parametersJson();
        this.visualizationType = content.visualizationType();
        this.visualizationSettings = content.visualizationSettingsJson();
        this.collectionId = content.collectionId();
        this.cacheTtlSeconds = content.cacheTtlSeconds();
        authorship.touch();
    }

    public QuestionContent content() {
        return new QuestionContent(name, description, dataSourceId, sql, parameters, visualizationType,
                visualizationSettings, collectionId, cacheTtlSeconds);
    }

    public void moveTo(Long newCollectionId) {
        this.collectionId = newCollectionId;
        authorship.touch();
    }

    public void pin(boolean value) {
        this.pinned = value;
    }

    public boolean archived() {
        return archival().archived();
    }

    public void archive(long userId) {
        archival().archive(userId);
    }

    public void restoreFromTrash() {
        archival().restore();
    }

    public void handOver(long newOwnerId) {
        this.ownerId = newOwnerId;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public long dataSourceId() {
        return dataSourceId;
    }

    public String sql() {
        return sql;
    }

    public String parametersJson() {
        return parameters;
    }

    public String visualizationType() {
        return visualizationType;
    }

    public String visualizationSettingsJson() {
        return visualizationSettings;
    }

    public Optional<Long> collectionId() {
        return Optional.ofNullable(collectionId);
    }

    public long ownerId() {
        return ownerId;
    }

    public Optional<Integer> cacheTtlSeconds() {
        return Optional.ofNullable(cacheTtlSeconds);
    }

    public boolean pinned() {
        return pinned;
    }

    /** Never null: {@link PresentEmbeddables} loads it even when the trash columns are NULL. */
    public Archival archival() {
        return archival;
    }

    public Authorship authorship() {
        return authorship;
    }

    public int version() {
        return version;
    }
}
