package com.insightiq.connection.boundary;

import com.insightiq.access.control.Caller;
import com.insightiq.connection.control.ConnectionCheck;
import com.insightiq.connection.control.ConnectionProblem;
import com.insightiq.connection.control.DataSourceSaved;
import com.insightiq.connection.control.DataSourceRules;
import com.insightiq.connection.control.Driver;
import com.insightiq.connection.control.Drivers;
import com.insightiq.connection.control.HostPolicy;
import com.insightiq.connection.control.SourceDefinition;
import com.insightiq.connection.control.SourceDefinitions;
import com.insightiq.connection.control.SourcePools;
import com.insightiq.connection.control.SourceSecrets;
import com.insightiq.connection.control.SourceSpec;
import com.insightiq.connection.entity.DataSource;
import com.insightiq.connection.entity.Engine;
import com.insightiq.connection.entity.SslMode;
import com.insightiq.platform.control.ConflictException;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.tenancy.control.TenantAccess;
import com.insightiq.tenancy.entity.Slug;
import com.insightiq.tenancy.entity.Tenant;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's databases: analysts and admins list, add, test, edit and remove them. Every field is validated and the
 * target checked against the host policy before anything is stored; secrets are sealed before they reach the entity.
 */
@Stateless
public class DataSources {
    static final String RESOURCE = "datasource";

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantAccess access;

    @Inject
    Caller caller;

    @Inject
    Drivers drivers;

    @Inject
    HostPolicy hostPolicy;

    @Inject
    SourceSecrets secrets;

    @Inject
    SourceDefinitions definitions;

    @Inject
    SourcePools pools;

    @Inject
    ConnectionCheck connectionCheck;

    @Inject
    Event<DataSourceSaved> saved;

    public List<DataSourceInfo> list(String slug) {
        access.enter(slug, RESOURCE, "view");
        return em.createNamedQuery(DataSource.ALL, DataSource.class).getResultStream().map(DataSources::info).toList();
    }

    public DataSourceInfo get(String slug, long id) {
        access.enter(slug, RESOURCE, "view");
        return info(find(id));
    }

    public DataSourceInfo create(String slug, DataSourceForm form) {
        Tenant tenant = access.enter(slug, RESOURCE, "manage");
        Slug tenantSlug = new Slug(tenant.slug());
        Valid valid = validate(form, null);
        refuseDuplicateName(valid.name(), null);
        DataSource source = new DataSource(valid.name(), valid.spec().engine(), caller.userId());
        apply(source, valid, tenantSlug);
        em.persist(source);
        em.flush();
        saved.fire(new DataSourceSaved(tenantSlug, source.getId(), caller.userId(), true));
        return info(source);
    }

    public DataSourceInfo update(String slug, long id, DataSourceForm form) {
        Tenant tenant = access.enter(slug, RESOURCE, "manage");
        Slug tenantSlug = new Slug(tenant.slug());
        DataSource source = find(id);
        Valid valid = validate(form, source);
        refuseDuplicateName(valid.name(), id);
        String before = target(source);
        apply(source, valid, tenantSlug);
        em.flush();
        if (!before.equals(target(source))) {
            saved.fire(new DataSourceSaved(tenantSlug, id, caller.userId(), false));
        }
        pools.retire(tenantSlug, id);
        return info(source);
    }

    public void delete(String slug, long id) {
        Tenant tenant = access.enter(slug, RESOURCE, "manage");
        em.remove(find(id));
        em.flush();
        pools.retire(new Slug(tenant.slug()), id);
    }

    /** Tests what the form describes; on an existing source, secrets left empty are the stored ones. */
    public ConnectionCheckResult test(String slug, Long existingId, DataSourceForm form) {
        Tenant tenant = access.enter(slug, RESOURCE, "manage");
        DataSource existing = existingId == null ? null : find(existingId);
        Valid valid = validate(form, existing);
        SourceSpec spec = valid.spec();
        if (existing != null) {
            SourceSpec stored = secrets.unseal(definitions.find(new Slug(tenant.slug()), existingId).orElseThrow());
            spec = withStoredSecrets(spec, stored);
        }
        ConnectionCheck.Outcome outcome = connectionCheck.check(spec);
        return new ConnectionCheckResult(outcome.ok(), outcome.problem().map(ConnectionProblem::code).orElse(null),
                outcome.problem().map(ConnectionProblem::message)
                        .orElse("Connected to " + outcome.serverVersion() + " (" + outcome.schemas() + " schemas)."),
                outcome.serverVersion(), outcome.durationMs());
    }

    private record Valid(String name, SourceSpec spec) {
    }

    private Valid validate(DataSourceForm form, DataSource existing) {
        if (form == null) {
            throw new InvalidInputException("A data source needs a JSON body.");
        }
        String name = DataSourceRules.name(form.name());
        Engine engine = DataSourceRules.engine(form.engine());
        String host = DataSourceRules.host(form.host(), "host");
        int port = DataSourceRules.port(form.port(), engine.defaultPort(), "port");
        String database = DataSourceRules.database(form.database());
        String username = DataSourceRules.username(form.username(), "username");
        String password = DataSourceRules.password(form.password(), "password");
        SslMode sslMode = DataSourceRules.sslMode(form.sslMode());
        Map<String, String> options = DataSourceRules.options(form.options());
        Optional<SourceSpec.TunnelSpec> tunnel = Optional.ofNullable(form.ssh()).map(ssh -> new SourceSpec.TunnelSpec(
                DataSourceRules.host(ssh.host(), "SSH host"), DataSourceRules.port(ssh.port(), 22, "SSH port"),
                DataSourceRules.username(ssh.user(), "SSH user"), DataSourceRules.password(ssh.password(), "SSH password"),
                DataSourceRules.privateKey(ssh.privateKey())));
        boolean storedSshSecret = existing != null
                && (existing.getSshPasswordSecret().isPresent() || existing.getSshKeySecret().isPresent());
        if (tunnel.isPresent() && tunnel.get().password() == null && tunnel.get().privateKey() == null
                && !storedSshSecret) {
            throw new InvalidInputException("The SSH tunnel needs a password or a private key.");
        }
        SourceSpec spec = new SourceSpec(engine, host, port, database, username, password, sslMode, options, tunnel,
                Boolean.TRUE.equals(form.allowWrites()));
        Driver driver = drivers.forEngine(engine);
        try {
            driver.connectionProperties(spec.target(Duration.ofSeconds(10)));
            driver.jdbcUrl(spec.target(Duration.ofSeconds(10)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
        // Through a tunnel the database host is resolved by the SSH server; its name still obeys the rules here.
        Optional<ConnectionProblem> refused = tunnel.flatMap(t -> hostPolicy.checkTunnelHost(t.host()))
                .or(() -> hostPolicy.check(host, port, database));
        refused.ifPresent(p -> {
            throw new InvalidInputException(p.message());
        });
        return new Valid(name, spec);
    }

    private void apply(DataSource source, Valid valid, Slug tenant) {
        SourceSpec spec = valid.spec();
        source.rename(valid.name());
        source.changeEngine(spec.engine());
        source.connectTo(spec.host(), spec.port(), spec.database(), spec.username(), spec.sslMode(),
                SourceDefinitions.formatOptions(spec.options()));
        if (spec.password() != null) {
            source.storePasswordSecret(spec.password().isEmpty() ? null
                    : secrets.seal(tenant, SourceDefinition.PASSWORD, spec.password()));
        }
        if (spec.tunnel().isPresent()) {
            SourceSpec.TunnelSpec t = spec.tunnel().get();
            byte[] sshPassword = t.password() != null
                    ? (t.password().isEmpty() ? null : secrets.seal(tenant, SourceDefinition.SSH_PASSWORD, t.password()))
                    : source.getSshPasswordSecret().orElse(null);
            byte[] sshKey = t.privateKey() != null
                    ? (t.privateKey().isBlank() ? null : secrets.seal(tenant, SourceDefinition.SSH_KEY, t.privateKey()))
                    : source.getSshKeySecret().orElse(null);
            if (sshPassword == null && sshKey == null) {
                throw new InvalidInputException("The SSH tunnel needs a password or a private key.");
            }
            source.tunnelThrough(t.host(), t.port(), t.user(), sshPassword, sshKey);
        } else if (source.hasTunnel()) {
            source.removeTunnel();
        }
        source.allowWrites(spec.allowWrites());
    }

    /** What decides which database a source reads: when it changes, the catalog must be read again. */
    private static String target(DataSource d) {
        return d.getEngine() + "|" + d.getHost() + "|" + d.getPort() + "|" + d.getDatabaseName() + "|" + d.getUsername()
                + "|" + d.getSshHost();
    }

    private static SourceSpec withStoredSecrets(SourceSpec given, SourceSpec stored) {
        Optional<SourceSpec.TunnelSpec> tunnel = given.tunnel().map(t -> new SourceSpec.TunnelSpec(t.host(), t.port(),
                t.user(), t.password() != null ? t.password() : stored.tunnel().map(s -> s.password()).orElse(null),
                t.privateKey() != null ? t.privateKey() : stored.tunnel().map(s -> s.privateKey()).orElse(null)));
        return new SourceSpec(given.engine(), given.host(), given.port(), given.database(), given.username(),
                given.password() != null ? given.password() : stored.password(), given.sslMode(), given.options(),
                tunnel, given.allowWrites());
    }

    private void refuseDuplicateName(String name, Long exceptId) {
        boolean taken = em.createNamedQuery(DataSource.BY_NAME, DataSource.class).setParameter("name", name)
                .getResultStream().anyMatch(d -> !d.getId().equals(exceptId));
        if (taken) {
            throw new ConflictException("A data source named '" + name + "' already exists.");
        }
    }

    private DataSource find(long id) {
        DataSource source = em.find(DataSource.class, id);
        if (source == null) {
            throw new NotFoundException("Data source " + id + " does not exist in this tenant.");
        }
        return source;
    }

    static DataSourceInfo info(DataSource d) {
        DataSourceInfo.SshInfo ssh = d.hasTunnel() ? new DataSourceInfo.SshInfo(d.getSshHost(), d.getSshPort(),
                d.getSshUser(), d.getSshPasswordSecret().isPresent(), d.getSshKeySecret().isPresent()) : null;
        return new DataSourceInfo(d.getId(), d.getName(), d.getEngine().code(), d.getEngine().displayName(), d.getHost(),
                d.getPort(), d.getDatabaseName(), d.getUsername(), d.getPasswordSecret().isPresent(),
                d.getSslMode().code(), SourceDefinitions.parseOptions(d.getOptions()), ssh, d.isAllowWrites(),
                d.getSyncSchedule(), d.getNextSyncAt().orElse(null), d.getCreatedAt(), d.getUpdatedAt(), d.getVersion());
    }
}
