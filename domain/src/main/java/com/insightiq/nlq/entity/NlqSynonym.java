package com.insightiq.nlq.entity;

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

/** A phrase of the tenant's own language that means a table, a column or a value of one data source. */
@Entity
@Table(name = "nlq_synonym")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
@NamedQuery(name = NlqSynonym.OF_SOURCE,
        query = "SELECT s FROM NlqSynonym s WHERE s.dataSourceId = :source ORDER BY s.phraseKey, s.id")
@NamedQuery(name = NlqSynonym.BY_KEY,
        query = "SELECT s FROM NlqSynonym s WHERE s.dataSourceId = :source AND s.phraseKey = :key")
public class NlqSynonym {
    public static final String OF_SOURCE = "NlqSynonym.ofSource";
    public static final String BY_KEY = "NlqSynonym.byKey";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "data_source_id", nullable = false)
    private Long dataSourceId;

    @Column(nullable = false)
    private String phrase;

    @Column(name = "phrase_key", nullable = false)
    private String phraseKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false)
    private SynonymTarget target;

    @Column(name = "table_id")
    private Long tableId;

    @Column(name = "column_id")
    private Long columnId;

    private String value;

    @Embedded
    private Authorship authorship;

    @Version
    private int version;

    protected NlqSynonym() {
    }

    public NlqSynonym(long dataSourceId, long createdBy) {
        this.dataSourceId = dataSourceId;
        this.authorship = Authorship.by(createdBy);
    }

    /** The caller validated the target: a table id for TABLE, a column id for COLUMN, a column id and value for VALUE. */
    public void define(String phrase, String phraseKey, SynonymTarget target, Long tableId, Long columnId,
            String value) {
        this.phrase = phrase;
        this.phraseKey = phraseKey;
        this.target = target;
        this.tableId = tableId;
        this.columnId = columnId;
        this.value = value;
        authorship.touch();
    }

    public long id() {
        return id;
    }

    public long dataSourceId() {
        return dataSourceId;
    }

    public String phrase() {
        return phrase;
    }

    public String phraseKey() {
        return phraseKey;
    }

    public SynonymTarget target() {
        return target;
    }

    public Optional<Long> tableId() {
        return Optional.ofNullable(tableId);
    }

    public Optional<Long> columnId() {
        return Optional.ofNullable(columnId);
    }

    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    public long createdBy() {
        return authorship.createdBy();
    }

    public Instant createdAt() {
        return authorship.createdAt();
    }
}
