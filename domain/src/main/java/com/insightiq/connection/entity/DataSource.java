package com.insightiq.connection.entity;

import com.insightiq.platform.entity.Authorship;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

/**
 * A database a tenant connected. Secrets are held only as ciphertext; the entity never sees plaintext, so nothing that
 * serialises or logs it can leak a password.
 */
@Entity
@Table(name = "data_source")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
@NamedQuery(name = DataSource.ALL, query = "SELECT d FROM DataSource d ORDER BY LOWER(d.name), d.id")
@NamedQuery(name = DataSource.BY_NAME, query = "SELECT d FROM DataSource d WHERE LOWER(d.name) = LOWER(:name)")
public class DataSource {
    public static final String ALL = "DataSource.all";
    public static final String BY_NAME = "DataSource.byName";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Engine engine;

    @Column(nullable = false)
    private String host;

    @Column(nullable = false)
    private int port;

    @Column(name = "database_name", nullable = false)
    private String databaseName;

    @Column(nullable = false)
    private String username;

    @Column(name = "password_secret")
    private byte[] passwordSecret;

    @Enumerated(EnumType.STRING)
    @Column(name = "ssl_mode", nullable = false)
    private SslMode sslMode;

    /** Allow-listed driver options as a JSON object of strings. */
    @Column(nullable = false)
    private String options;

    @Column(name = "ssh_host")
    private String sshHost;

    @Column(name = "ssh_port")
    private Integer sshPort;

    @Column(name = "ssh_user")
    private String sshUser;

    @Column(name = "ssh_password_secret")
    private byte[] sshPasswordSecret;

    @Column(name = "ssh_key_secret")
    private byte[] sshKeySecret;

    @Column(name = "allow_writes", nullable = false)
    private boolean allowWrites;

    @Column(name = "sync_schedule", nullable = false)
    private String syncSchedule;

    @Column(name = "next_sync_at")
    private Instant nextSyncAt;

    @Embedded
    private Authorship authorship;

    @Version
    private int version;

    protected DataSource() {
    }

    public DataSource(String name, Engine engine, Long createdBy) {
        this.name = name;
        this.engine = engine;
        this.authorship = Authorship.by(createdBy);
        this.sslMode = SslMode.PREFER;
        this.options = "{}";
        this.syncSchedule = "daily 02:00";
    }

    /** Points the source at a server; the caller has validated every field and the host policy. */
    public void connectTo(String host, int port, String databaseName, String username, SslMode sslMode, String optionsJson) {
        this.host = host;
        this.port = port;
        this.databaseName = databaseName;
        this.username = username;
        this.sslMode = sslMode;
        this.options = optionsJson;
        touch();
    }

    public void rename(String name) {
        this.name = name;
        touch();
    }

    public void changeEngine(Engine engine) {
        this.engine = engine;
        touch();
    }

    /** Replaces the stored password ciphertext; {@code null} means "no password". */
    public void storePasswordSecret(byte[] ciphertext) {
        this.passwordSecret = ciphertext;
        touch();
    }

    /** Sets the SSH tunnel; secrets are ciphertext, {@code null} to keep none. */
    public void tunnelThrough(String host, int port, String user, byte[] passwordSecret, byte[] keySecret) {
        this.sshHost = host;
        this.sshPort = port;
        this.sshUser = user;
        this.sshPasswordSecret = passwordSecret;
        this.sshKeySecret = keySecret;
        touch();
    }

    public void removeTunnel() {
        tunnelThrough(null, 0, null, null, null);
        this.sshPort = null;
    }

    public void allowWrites(boolean allow) {
        this.allowWrites = allow;
        touch();
    }

    public void scheduleSync(String schedule, Instant next) {
        this.syncSchedule = schedule;
        this.nextSyncAt = next;
        touch();
    }

    private void touch() {
        authorship.touch();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Engine getEngine() {
        return engine;
    }

    public String getHost() {
        return host;
    }

    public int getPort() {
        return port;
    }

    public String getDatabaseName() {
        return databaseName;
    }

    public String getUsername() {
        return username;
    }

    public Optional<byte[]> getPasswordSecret() {
        return Optional.ofNullable(passwordSecret);
    }

    public SslMode getSslMode() {
        return sslMode;
    }

    public String getOptions() {
        return options;
    }

    public boolean hasTunnel() {
        return sshHost != null;
    }

    public String getSshHost() {
        return sshHost;
    }

    public Integer getSshPort() {
        return sshPort;
    }

    public String getSshUser() {
        return sshUser;
    }

    public Optional<byte[]> getSshPasswordSecret() {
        return Optional.ofNullable(sshPasswordSecret);
    }

    public Optional<byte[]> getSshKeySecret() {
        return Optional.ofNullable(sshKeySecret);
    }

    public boolean isAllowWrites() {
        return allowWrites;
    }

    public String getSyncSchedule() {
        return syncSchedule;
    }

    public Optional<Instant> getNextSyncAt() {
        return Optional.ofNullable(nextSyncAt);
    }

    public Long getCreatedBy() {
        return authorship.createdBy();
    }

    public Instant getCreatedAt() {
        return authorship.createdAt();
    }

    public Instant getUpdatedAt() {
        return authorship.updatedAt();
    }

    public int getVersion() {
        return version;
    }
}
