package com.insightiq.catalog.entity;

import jakarta.persistence.Column;
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

/** A column as the last sync described and sampled it, with the admins' display name, description and overrides. */
@Entity
@Table(name = "catalog_column")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
@NamedQuery(name = CatalogColumn.OF_TABLE, query = "SELECT c FROM CatalogColumn c WHERE c.tableId = :table "
        + "ORDER BY c.position")
@NamedQuery(name = CatalogColumn.OF_TABLES, query = "SELECT c.tableId, COUNT(c) FROM CatalogColumn c "
        + "WHERE c.tableId IN :tables GROUP BY c.tableId")
public class CatalogColumn {
    public static final String OF_TABLE = "CatalogColumn.ofTable";
    public static final String OF_TABLES = "CatalogColumn.countOfTables";

    @Id
    private Long id;

    @Column(name = "table_id", insertable = false, updatable = false)
    private Long tableId;

    @Column(insertable = false, updatable = false)
    private String name;

    @Column(insertable = false, updatable = false)
    private int position;

    @Column(name = "database_type", insertable = false, updatable = false)
    private String databaseType;

    @Column(name = "jdbc_type", insertable = false, updatable = false)
    private int jdbcType;

    @Column(insertable = false, updatable = false)
    private boolean nullable;

    @Column(name = "primary_key", insertable = false, updatable = false)
    private boolean primaryKey;

    @Column(name = "fk_target_column_id", insertable = false, updatable = false)
    private Long fkTargetColumnId;

    @Column(name = "fk_override_column_id")
    private Long fkOverrideColumnId;

    @Enumerated(EnumType.STRING)
    @Column(name = "semantic_type", insertable = false, updatable = false)
    private SemanticType semanticType;

    @Enumerated(EnumType.STRING)
    @Column(name = "semantic_type_override")
    private SemanticType semanticTypeOverride;

    @Column(name = "display_name")
    private String displayName;

    private String description;

    private boolean hidden;

    @Column(name = "distinct_count", insertable = false, updatable = false)
    private Integer distinctCount;

    @Column(name = "null_share", insertable = false, updatable = false)
    private Double nullShare;

    @Column(name = "min_value", insertable = false, updatable = false)
    private String minValue;

    @Column(name = "max_value", insertable = false, updatable = false)
    private String maxValue;

    @Column(name = "avg_length", insertable = false, updatable = false)
    private Double avgLength;

    @Column(name = "sampled_rows", insertable = false, updatable = false)
    private Integer sampledRows;

    @Column(name = "fingerprinted_at", insertable = false, updatable = false)
    private Instant fingerprintedAt;

    @Version
    private int version;

    protected CatalogColumn() {
    }

    /** Admins' edits. A {@code null} override falls back to what sync inferred. */
    public void describe(String displayName, String description, boolean hidden, SemanticType override,
                         Long fkOverrideColumnId) {
        this.displayName = displayName;
        this.description = description;
        this.hidden = hidden;
        this.semanticTypeOverride = override;
        this.fkOverrideColumnId = fkOverrideColumnId;
    }

    public Long id() {
        return id;
    }

    public Long tableId() {
        return tableId;
    }

    public String name() {
        return name;
    }

    public int position() {
        return position;
    }

    public String databaseType() {
        return databaseType;
    }

    public int jdbcType() {
        return jdbcType;
    }

    public boolean nullable() {
        return nullable;
    }

    public boolean primaryKey() {
        return primaryKey;
    }

    public Optional<Long> fkTargetColumnId() {
        return Optional.ofNullable(fkTargetColumnId);
    }

    public Optional<Long> fkOverrideColumnId() {
        return Optional.ofNullable(fkOverrideColumnId);
    }

    /** The override when an admin set one, else what the source declares. */
    public Optional<Long> effectiveFkTarget() {
        return fkOverrideColumnId != null ? Optional.of(fkOverrideColumnId) : Optional.ofNullable(fkTargetColumnId);
    }

    public Optional<SemanticType> semanticType() {
        return Optional.ofNullable(semanticType);
    }

    public Optional<SemanticType> semanticTypeOverride() {
        return Optional.ofNullable(semanticTypeOverride);
    }

    public Optional<SemanticType> effectiveSemanticType() {
        return semanticTypeOverride != null ? Optional.of(semanticTypeOverride) : Optional.ofNullable(semanticType);
    }

    public String displayName() {
        return displayName != null ? displayName : DisplayNames.of(name);
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public boolean hidden() {
        return hidden;
    }

    public Optional<Integer> distinctCount() {
        return Optional.ofNullable(distinctCount);
    }

    public Optional<Double> nullShare() {
        return Optional.ofNullable(nullShare);
    }

    public Optional<String> minValue() {
        return Optional.ofNullable(minValue);
    }

    public Optional<String> maxValue() {
        return Optional.ofNullable(maxValue);
    }

    public Optional<Double> avgLength() {
        return Optional.ofNullable(avgLength);
    }

    public Optional<Integer> sampledRows() {
        return Optional.ofNullable(sampledRows);
    }

    public Optional<Instant> fingerprintedAt() {
        return Optional.ofNullable(fingerprintedAt);
    }
}
