package com.insightiq.connection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * "Test connection": the host policy, the tunnel, a real login and a read of the schema list, outside any pool, with
 * the failure explained. The password is used for this one attempt and kept nowhere.
 */
@ApplicationScoped
public class ConnectionCheck {
    private static final Logger LOG = Logger.getLogger(ConnectionCheck.class.getName());
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    Drivers drivers;

    @Inject
    HostPolicy hostPolicy;

    @Inject
    Tunnels tunnels;

    public record Outcome(Optional<ConnectionProblem> problem, String serverVersion, int schemas, long durationMs) {
        public boolean ok() {
            return problem.isEmpty();
        }
    }

    public Outcome check(SourceSpec spec) {
        long started = System.nanoTime();
        Optional<ConnectionProblem> refused = spec.tunnel().flatMap(t -> hostPolicy.checkTunnelHost(t.host()))
                .or(() -> hostPolicy.check(spec.host(), spec.port(), spec.database()));
        if (refused.isPresent()) {
            return failed(refused.get(), started);
        }
        Driver driver = drivers.forEngine(spec.engine());
        ConnectionTarget target = spec.target(TIMEOUT);
        Tunnels.Tunnel tunnel = null;
        try {
            if (spec.tunnel().isPresent()) {
                tunnel = tunnels.open(spec.tunnel().get(), spec.host(), spec.port(), TIMEOUT);
                target = target.through("127.0.0.1", tunnel.localPort());
            }
            try (Connection connection = SourcePools.connectDirectly(driver, target)) {
                String version = connection.getMetaData().getDatabaseProductName() + " "
                        + connection.getMetaData().getDatabaseProductVersion();
                int schemas = driver.schemas(connection).size();
                return new Outcome(Optional.empty(), version, schemas, millisSince(started));
            }
        } catch (Tunnels.TunnelException e) {
            return failed(new ConnectionProblem(ConnectionProblem.Kind.SSH_FAILED, e.getMessage()), started);
        } catch (Exception e) {
            LOG.fine(() -> "Connection check of " + spec + " failed: " + e);
            ConnectionProblem problem = ConnectionProblems.classify(e, driver);
            // Name what was tried, so the person sees which of host, port or database to fix.
            return failed(new ConnectionProblem(problem.kind(), problem.message() + " (tried " + spec.host() + ":"
                    + spec.port() + ", database " + spec.database() + ", user " + spec.username() + ")"), started);
        } finally {
            if (tunnel != null) {
                tunnel.close();
            }
        }
    }

    private static Outcome failed(ConnectionProblem problem, long started) {
        return new Outcome(Optional.of(problem), null, 0, millisSince(started));
    }

    private static long millisSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
}
