package com.insightiq.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Who made a tenant's item and when it last changed: the columns {@code created_by}, {@code created_at} and
 * {@code updated_at} every editable item carries. User ids point into the control schema.
 */
@Embeddable
public class Authorship {
    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Authorship() {
    }

    private Authorship(long createdBy, Instant at) {
        this.createdBy = createdBy;
        this.createdAt = at;
        this.updatedAt = at;
    }

    public static Authorship by(long userId) {
        return new Authorship(userId, Instant.now());
    }

    public void touch() {
        updatedAt = Instant.now();
    }

    public long createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
