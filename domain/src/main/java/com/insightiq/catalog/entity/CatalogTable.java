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

/** A table or view of a data source as the last sync saw it, with what tenant admins said about it. */
@Entity
@Table(name = "catalog_table")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
@NamedQuery(name = CatalogTable.OF_SOURCE, query = "SELECT t FROM CatalogTable t WHERE t.dataSourceId = :dataSource "
        + "ORDER BY t.schemaName, t.name")
public class CatalogTable {
    public static final String OF_SOURCE = "CatalogTable.ofSource";

    @Id
    private Long id;

    @Column(name = "data_source_id", insertable = false, updatable = false)
    private Long dataSourceId;

    @Column(name = "schema_name", insertable = false, updatable = false)
    private String schemaName;

    @Column(insertable = false, updatable = false)
    private String name;

    @Column(insertable = false, updatable = false)
    private String kind;

    @Column(name = "estimated_rows", insertable = false, updatable = false)
    private Long estimatedRows;

    @Column(name = "display_name")
    private String displayName;

    private String description;

    private boolean hidden;

    @Column(name = "fingerprinted_at", insertable = false, updatable = false)
    private Instant fingerprintedAt;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private int version;

    protected CatalogTable() {
    }

    /** Admins' words; {@code null} display name falls back to the derived one. */
    public void describe(String displayName, String description, boolean hidden) {
        this.displayName = displayName;
        this.description = description;
        this.hidden = hidden;
        this.updatedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public Long dataSourceId() {
        return dataSourceId;
    }

    public String schemaName() {
        return schemaName;
    }

    public String name() {
        return name;
    }

    public String kind() {
        return kind;
    }

    public Optional<Long> estimatedRows() {
        return Optional.ofNullable(estimatedRows).filter(r -> r >= 0);
    }

    public String displayName() {
        return displayName != null ? displayName : DisplayNames.of(name);
    }

    public boolean hasCustomDisplayName() {
        return displayName != null;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public boolean hidden() {
        return hidden;
    }

    public Optional<Instant> fingerprintedAt() {
        return Optional.ofNullable(fingerprintedAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
