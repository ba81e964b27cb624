package com.insightiq.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Marks a user as an operator of the whole platform: creates, suspends and deletes tenants. */
@Entity
@Table(name = "platform_admin", schema = "control")
public class PlatformAdmin {
    @Id
    @Column(name = "user_id")
    private Long userId;

    protected PlatformAdmin() {
    }

    public PlatformAdmin(Long userId) {
        this.userId = userId;
    }

    public Long userId() {
        return userId;
    }
}
