package com.insightiq.collection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** A member's bookmark of a question, collection or dashboard, shown in the sidebar. */
@Entity
@Table(name = "bookmark")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
@IdClass(Bookmark.Key.class)
@NamedQuery(name = Bookmark.OF_USER, query = "SELECT b FROM Bookmark b WHERE b.userId = :user ORDER BY b.createdAt")
@NamedQuery(name = Bookmark.OF_ITEM,
        query = "SELECT b FROM Bookmark b WHERE b.itemType = :type AND b.itemId = :item")
public class Bookmark {
    public static final String OF_USER = "Bookmark.ofUser";
    public static final String OF_ITEM = "Bookmark.ofItem";

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "item_type")
    private BookmarkKind itemType;

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Bookmark() {
    }

    public Bookmark(long userId, BookmarkKind itemType, long itemId) {
        this.userId = userId;
        this.itemType = itemType;
        this.itemId = itemId;
        this.createdAt = Instant.now();
    }

    public long userId() {
        return userId;
    }

    public BookmarkKind itemType() {
        return itemType;
    }

    public long itemId() {
        return itemId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {
        private Long userId;
        private BookmarkKind itemType;
        private Long itemId;

        public Key() {
        }

        public Key(long userId, BookmarkKind itemType, long itemId) {
            this.userId = userId;
            this.itemType = itemType;
            this.itemId = itemId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(userId, k.userId) && itemType == k.itemType
                    && Objects.equals(itemId, k.itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, itemType, itemId);
        }
    }
}
