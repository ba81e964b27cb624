package com.insightiq.collection.entity;

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
 * A folder of questions and dashboards. Top-level collections sit in "Our analytics" (no parent); a personal collection
 * is a top-level one with {@code personalOwnerId}, and everything below it carries the same owner. {@code location} is
 * the path of ancestor ids ({@code /} at the top, {@code /4/9/} below 4 and 9) kept by whoever moves collections.
 */
@Entity
@Table(name = "collection")
@Customizer(PresentEmbeddables.class)
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
@NamedQuery(name = Collection.ALL, query = "SELECT c FROM Collection c ORDER BY LOWER(c.name), c.id")
@NamedQuery(name = Collection.PERSONAL_ROOT,
        query = "SELECT c FROM Collection c WHERE c.personalOwnerId = :owner AND c.parentId IS NULL")
@NamedQuery(name = Collection.CHILDREN, query = "SELECT c FROM Collection c WHERE c.parentId = :parent"
        + " ORDER BY LOWER(c.name), c.id")
@NamedQuery(name = Collection.SUBTREE, query = "SELECT c FROM Collection c WHERE c.location LIKE :prefix")
public class Collection {
    public static final String ALL = "Collection.all";
    public static final String PERSONAL_ROOT = "Collection.personalRoot";
    public static final String CHILDREN = "Collection.children";
    public static final String SUBTREE = "Collection.subtree";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false)
    private String location;

    @Column(name = "personal_owner_id")
    private Long personalOwnerId;

    @Embedded
    private Archival archival = new Archival();

    @Embedded
    private Authorship authorship;

    @Version
    private int version;

    protected Collection() {
    }

    public Collection(long createdBy) {
        this.authorship = Authorship.by(createdBy);
        this.location = "/";
    }

    /** The personal collection of a member, created on first need. */
    public static Collection personal(long ownerId, String name) {
        Collection c = new Collection(ownerId);
        c.name = name;
        c.personalOwnerId = ownerId;
        return c;
    }

    public void describe(String newName, String newDescription) {
        this.name = newName;
        this.description = newDescription;
        authorship.touch();
    }

    /** Places the collection under {@code parent} (null: the root); the caller fixes the descendants' locations. */
    public void placeUnder(Collection parent) {
        this.parentId = parent == null ? null : parent.id;
        this.location = parent == null ? "/" : parent.childLocation();
        this.personalOwnerId = parent == null ? null : parent.personalOwnerId;
        authorship.touch();
    }

    /** Re-bases a descendant's location after an ancestor moved from {@code oldPrefix} to {@code newPrefix}. */
    public void rebase(String oldPrefix, String newPrefix, Long ownerId) {
        this.location = newPrefix + location.substring(oldPrefix.length());
        this.personalOwnerId = ownerId;
    }

    /** The location of this collection's children. */
    public String childLocation() {
        return location + id + "/";
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

    public Optional<Long> parentId() {
        return Optional.ofNullable(parentId);
    }

    public String location() {
        return location;
    }

    public Optional<Long> personalOwnerId() {
        return Optional.ofNullable(personalOwnerId);
    }

    public boolean personal() {
        return personalOwnerId != null;
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
