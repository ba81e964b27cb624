package com.insightiq.query.entity;

import com.insightiq.platform.entity.Authorship;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

/** A reusable piece of SQL a query includes with {@code {{snippet: name}}}; the name is unique in the tenant. */
@Entity
@Table(name = "sql_snippet")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
@NamedQuery(name = Snippet.ALL, query = "SELECT s FROM Snippet s ORDER BY LOWER(s.name), s.id")
@NamedQuery(name = Snippet.BY_NAME, query = "SELECT s FROM Snippet s WHERE LOWER(s.name) = LOWER(:name)")
public class Snippet {
    public static final String ALL = "Snippet.all";
    public static final String BY_NAME = "Snippet.byName";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String content;

    private String description;

    @Embedded
    private Authorship authorship;

    @Version
    private int version;

    protected Snippet() {
    }

    public Snippet(long createdBy) {
        this.authorship = Authorship.by(createdBy);
    }

    /** Names, text and description are checked by the boundary; here they only change together. */
    public void define(String name, String content, String description) {
        this.name = name;
        this.content = content;
        this.description = description;
        authorship.touch();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String content() {
        return content;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public long createdBy() {
        return authorship.createdBy();
    }

    public Instant createdAt() {
        return authorship.createdAt();
    }

    public Instant updatedAt() {
        return authorship.updatedAt();
    }
}
