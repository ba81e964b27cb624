package com.insightiq.collection.entity;

import com.insightiq.access.entity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * What one role (analyst or viewer) may do in a collection and below it; {@code collectionId} null is the root
 * "Our analytics". Admins are not granted anything here: they always curate.
 */
@Entity
@Table(name = "collection_grant")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
@NamedQuery(name = CollectionGrant.ALL, query = "SELECT g FROM CollectionGrant g")
public class CollectionGrant {
    public static final String ALL = "CollectionGrant.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "collection_id")
    private Long collectionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CollectionAccess access;

    protected CollectionGrant() {
    }

    public CollectionGrant(Long collectionId, Role role, CollectionAccess access) {
        if (role == Role.ADMIN) {
            throw new IllegalArgumentException("Admins always curate; they take no grants.");
        }
        this.collectionId = collectionId;
        this.role = role;
        this.access = access;
    }

    public void change(CollectionAccess newAccess) {
        this.access = newAccess;
    }

    public Long id() {
        return id;
    }

    public Optional<Long> collectionId() {
        return Optional.ofNullable(collectionId);
    }

    public Role role() {
        return role;
    }

    public CollectionAccess access() {
        return access;
    }
}
