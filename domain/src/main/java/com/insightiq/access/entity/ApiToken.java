package com.insightiq.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A bearer token of the REST API, stored only as its SHA-256 hash. */
@Entity
@Table(name = "api_token", schema = "control")
public class ApiToken {
    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected ApiToken() {
    }

    public ApiToken(String tokenHash, User user, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.user = user;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean isValid(Instant now) {
        return expiresAt.isAfter(now);
    }

    public User user() {
        return user;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
