package com.insightiq.dashboard.entity;

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
 * A dashboard: its cards ({@link DashboardCard}, rows of their own) on a 24-column grid in tabs, dashboard-level
 * filters, and where it is filed (collection null: "Our analytics"). Tabs and filters are JSON lists owned by the
 * dashboard (their shapes: the boundary's DashboardTab and DashboardFilter); content changes go through
 * {@link #define} so a revision can be written for each.
 */
@Entity
@Table(name = "dashboard")
@Customizer(PresentEmbeddables.class)
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
@NamedQuery(name = Dashboard.IN_COLLECTION, query = "SELECT d FROM Dashboard d WHERE d.collectionId = :collection"
        + " AND d.archival.archivedAt IS NULL ORDER BY d.pinned DESC, LOWER(d.name), d.id")
@NamedQuery(name = Dashboard.IN_ROOT, query = "SELECT d FROM Dashboard d WHERE d.collectionId IS NULL"
        + " AND d.archival.archivedAt IS NULL ORDER BY d.pinned DESC, LOWER(d.name), d.id")
@NamedQuery(name = Dashboard.ARCHIVED,
        query = "SELECT d FROM Dashboard d WHERE d.archival.archivedAt IS NOT NULL ORDER BY d.archival.archivedAt DESC")
public class Dashboard {
    public static final String IN_COLLECTION = "Dashboard.inCollection";
    public static final String IN_ROOT = "Dashboard.inRoot";
    public static final String ARCHIVED = "Dashboard.archived";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(name = "collection_id")
    private Long collectionId;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    /** JSON list of the tabs. */
    @Column(nullable = false)
    private String tabs;

    /** JSON list of the dashboard-level filters. */
    @Column(nullable = false)
    private String filters;

    @Column(name = "auto_refresh_minutes")
    private Integer autoRefreshMinutes;

    @Column(nullable = false)
    private boolean pinned;

    @Column(name = "embedding_enabled", nullable = false)
    private boolean embeddingEnabled;

    @Embedded
    private Archival archival = new Archival();

    @Embedded
    private Authorship authorship;

    @Version
    private int version;

    protected Dashboard() {
    }

    public Dashboard(long ownerId) {
        this.ownerId = ownerId;
        this.authorship = Authorship.by(ownerId);
        this.tabs = "[]";
        this.filters = "[]";
    }

    /** Everything but the cards that a revision records, changed together; the boundary has checked each part. */
    public void define(String newName, String newDescription, Long newCollectionId, String tabsJson,
                       String filtersJson, Integer newAutoRefreshMinutes) {
        this.name = newName;
        this.description = newDescription;
        this.collectionId = newCollectionId;
        this.tabs = tabsJson;
        this.filters = filtersJson;
        this.autoRefreshMinutes = newAutoRefreshMinutes;
        touch();
    }

    /** Marks a change made elsewhere (its cards) so the version moves and optimistic locking sees it. */
    public void touch() {
        authorship.touch();
    }

    public void moveTo(Long newCollectionId) {
        this.collectionId = newCollectionId;
        touch();
    }

    public void pin(boolean value) {
        this.pinned = value;
    }

    public void allowEmbedding(boolean value) {
        this.embeddingEnabled = value;
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

    public Optional<Long> collectionId() {
        return Optional.ofNullable(collectionId);
    }

    public long ownerId() {
        return ownerId;
    }

    public String tabsJson() {
        return tabs;
    }

    public String filtersJson() {
        return filters;
    }

    public Optional<Integer> autoRefreshMinutes() {
        return Optional.ofNullable(autoRefreshMinutes);
    }

    public boolean pinned() {
        return pinned;
    }

    public boolean embeddingEnabled() {
        return embeddingEnabled;
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
