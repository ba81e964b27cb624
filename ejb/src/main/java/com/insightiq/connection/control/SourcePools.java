package com.insightiq.connection.control;

import com.insightiq.tenancy.entity.Slug;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;

/**
 * One bounded HikariCP pool per data source, created on first use, rebuilt when the source is edited (its version
 * changes) or its tunnel dropped, closed when the source is deleted. Connections are read-only unless the source allows
 * writes.
 */
@ApplicationScoped
public class SourcePools {
    private static final Logger LOG = Logger.getLogger(SourcePools.class.getName());
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    @Inject
    Drivers drivers;

    @Inject
    SourceDefinitions definitions;

    @Inject
    SourceSecrets secrets;

    @Inject
    Tunnels tunnels;

    @Inject
    HostPolicy hostPolicy;

    @Inject
    PoolSizes poolSizes;

    private final Map<Key, Pool> pools = new ConcurrentHashMap<>();
    /**
     * Replaced pools whose connections are still lent out: closing one at once would cut a running query or export
     * off mid-stream (an edit of the source — or the sync scheduler moving its next run — changes the version).
     * Closed once their last connection is back, or after {@link #RETIRE_LIMIT} whatever happens.
     */
    private final List<Retired> retiring = new CopyOnWriteArrayList<>();
    static final Duration RETIRE_LIMIT = Duration.ofHours(1);

    /** Borrows a connection to a stored data source of a tenant. */
    public OpenSource open(Slug tenant, long dataSourceId) throws SourceUnavailableException {
        SourceDefinition definition = definitions.find(tenant, dataSourceId).orElseThrow(() ->
                new SourceUnavailableException(new ConnectionProblem(ConnectionProblem.Kind.UNKNOWN,
                        "Data source " + dataSourceId + " does not exist.")));
        return open(definition);
    }

    public OpenSource open(SourceDefinition definition) throws SourceUnavailableException {
        closeRetiredWhenIdle();
        Driver driver = drivers.forEngine(definition.engine());
        Pool pool = pool(definition, driver);
        try {
            return new OpenSource(pool.dataSource().getConnection(), driver, definition);
        } catch (SQLException e) {
            throw new SourceUnavailableException(ConnectionProblems.classify(e, driver));
        }
    }

    /**
     * Retires the pool of a source that was edited or deleted: the next use builds a fresh one, connections in use
     * finish their statement and are closed when returned.
     */
    public void retire(Slug tenant, long dataSourceId) {
        Pool pool = pools.remove(new Key(tenant.schema(), dataSourceId));
        if (pool != null) {
            retireGently(pool);
        }
    }

    /** Closes every pool of a tenant that is suspended or deleted. */
    public void retireTenant(Slug tenant) {
        pools.keySet().removeIf(key -> {
            if (key.schema().equals(tenant.schema())) {
                Optional.ofNullable(pools.get(key)).ifPresent(Pool::close);
                return true;
            }
            return false;
        });
    }

    /** Connections currently open to a source, for the UI and tests of pool bounds. */
    public Optional<PoolStatus> status(Slug tenant, long dataSourceId) {
        return Optional.ofNullable(pools.get(new Key(tenant.schema(), dataSourceId)))
                .map(p -> new PoolStatus(p.dataSource().getHikariPoolMXBean() == null ? 0
                        : p.dataSource().getHikariPoolMXBean().getTotalConnections(),
                        p.dataSource().getMaximumPoolSize()));
    }

    public record PoolStatus(int open, int maximum) {
    }

    private Pool pool(SourceDefinition definition, Driver driver) throws SourceUnavailableException {
        Key key = new Key(definition.tenant().schema(), definition.id());
        Pool current = pools.get(key);
        if (current != null && current.version() == definition.version() && current.healthy()) {
            return current;
        }
        synchronized (this) {
            current = pools.get(key);
            if (current != null && current.version() == definition.version() && current.healthy()) {
                return current;
            }
            if (current != null) {
                pools.remove(key);
                if (current.healthy()) {
                    retireGently(current);
                } else {
                    current.close();
                }
            }
            Pool fresh = create(definition, driver);
            pools.put(key, fresh);
            return fresh;
        }
    }

    private Pool create(SourceDefinition definition, Driver driver) throws SourceUnavailableException {
        Optional<ConnectionProblem> refused = definition.tunnel().flatMap(t -> hostPolicy.checkTunnelHost(t.host()))
                .or(() -> hostPolicy.check(definition.host(), definition.port(), definition.database()));
        if (refused.isPresent()) {
            throw new SourceUnavailableException(refused.get());
        }
        SourceSpec spec;
        try {
            spec = secrets.unseal(definition);
        } catch (SecretBox.SecretUnreadableException e) {
            throw new SourceUnavailableException(new ConnectionProblem(ConnectionProblem.Kind.WRONG_CREDENTIALS,
                    e.getMessage()));
        }
        Tunnels.Tunnel tunnel = null;
        ConnectionTarget target = spec.target(CONNECT_TIMEOUT);
        if (spec.tunnel().isPresent()) {
            try {
                tunnel = tunnels.open(spec.tunnel().get(), spec.host(), spec.port(), CONNECT_TIMEOUT);
            } catch (Tunnels.TunnelException e) {
                throw new SourceUnavailableException(new ConnectionProblem(ConnectionProblem.Kind.SSH_FAILED,
                        e.getMessage()));
            }
            target = target.through("127.0.0.1", tunnel.localPort());
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("insightiq-" + definition.tenant().schema() + "-" + definition.id());
        config.setDriverClassName(driver.driverClassName());
        config.setJdbcUrl(driver.jdbcUrl(target));
        config.setDataSourceProperties(driver.connectionProperties(target));
        config.setMaximumPoolSize(poolSizes.forTenant(definition.tenant()));
        config.setMinimumIdle(0);
        config.setIdleTimeout(Duration.ofMinutes(5).toMillis());
        config.setMaxLifetime(Duration.ofMinutes(30).toMillis());
        config.setConnectionTimeout(Duration.ofSeconds(15).toMillis());
        config.setInitializationFailTimeout(-1);
        config.setReadOnly(!definition.allowWrites());
        if (!definition.allowWrites()) {
            driver.readOnlySessionSql().ifPresent(config::setConnectionInitSql);
        }
        LOG.fine(() -> "Pool for " + definition + " with at most " + config.getMaximumPoolSize() + " connections");
        return new Pool(new HikariDataSource(config), tunnel, definition.version());
    }

    /** No new borrower gets its connections; idle ones close now, lent ones when returned. */
    private void retireGently(Pool pool) {
        HikariPoolMXBean bean = pool.dataSource().getHikariPoolMXBean();
        if (bean != null) {
            bean.softEvictConnections();
        }
        retiring.add(new Retired(pool, Instant.now()));
        closeRetiredWhenIdle();
    }

    private void closeRetiredWhenIdle() {
        if (retiring.isEmpty()) {
            return;
        }
        Instant limit = Instant.now().minus(RETIRE_LIMIT);
        for (Retired retired : retiring) {
            HikariPoolMXBean bean = retired.pool().dataSource().getHikariPoolMXBean();
            if (bean == null || bean.getActiveConnections() == 0 || retired.since().isBefore(limit)) {
                retiring.remove(retired);
                retired.pool().close();
            }
        }
    }

    @PreDestroy
    void closeAll() {
        pools.values().forEach(Pool::close);
        pools.clear();
        retiring.forEach(retired -> retired.pool().close());
        retiring.clear();
    }

    private record Retired(Pool pool, Instant since) {
    }

    private record Key(String schema, long id) {
    }

    private record Pool(HikariDataSource dataSource, Tunnels.Tunnel tunnel, int version) {
        boolean healthy() {
            return !dataSource.isClosed() && (tunnel == null || tunnel.isOpen());
        }

        void close() {
            dataSource.close();
            if (tunnel != null) {
                tunnel.close();
            }
        }
    }

    /** Used by the connection check as well: the JDBC connection a target gives, outside any pool. */
    static Connection connectDirectly(Driver driver, ConnectionTarget target) throws SQLException {
        java.sql.Driver jdbc;
        try {
            jdbc = (java.sql.Driver) Class.forName(driver.driverClassName(), true,
                    SourcePools.class.getClassLoader()).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JDBC driver " + driver.driverClassName() + " is missing from the EAR", e);
        }
        Connection connection = jdbc.connect(driver.jdbcUrl(target), driver.connectionProperties(target));
        if (connection == null) {
            throw new SQLException("The driver did not accept the URL");
        }
        return connection;
    }
}
