package com.insightiq.connection.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which servers tenants may connect to. Operators narrow it with INSIGHTIQ_ALLOWED_HOSTS and INSIGHTIQ_DENIED_HOSTS;
 * the application's own database is always refused, whatever name or address of this machine a tenant uses for it.
 */
@ApplicationScoped
public class HostPolicy {
    private static final Pattern POSTGRES_URL =
            Pattern.compile("jdbc:postgresql://(\\[[^]]+]|[^:/?]+)(?::(\\d+))?/([^?;]+).*");

    @Inject
    @ConfigProperty(name = "insightiq.allowed-hosts")
    Optional<String> allowedHosts;

    /** By default only link-local (cloud metadata endpoints live there). */
    @Inject
    @ConfigProperty(name = "insightiq.denied-hosts", defaultValue = "169.254.0.0/16, fe80::/10")
    String deniedHosts;

    @Inject
    @ConfigProperty(name = "insightiq.db.url")
    Optional<String> applicationDatabaseUrl;

    private HostRules allowed;
    private HostRules denied;
    private Optional<AppDatabase> appDatabase;

    @PostConstruct
    void load() {
        allowed = HostRules.parse(allowedHosts.orElse(""));
        denied = HostRules.parse(deniedHosts);
        appDatabase = applicationDatabaseUrl.flatMap(HostPolicy::parseAppDatabase);
    }

    /** Empty when InsightIQ may connect to this database; otherwise why not. */
    public Optional<ConnectionProblem> check(String host, int port, String database) {
        List<InetAddress> addresses = resolve(host);
        if (!allowed.isEmpty() && !allowed.matches(host, addresses)) {
            return refuse("Connections to " + host + " are not allowed here. An operator can allow it with "
                    + "INSIGHTIQ_ALLOWED_HOSTS.");
        }
        if (denied.matches(host, addresses)) {
            return refuse("Connections to " + host + " are blocked by the operator (INSIGHTIQ_DENIED_HOSTS).");
        }
        if (appDatabase.isPresent() && appDatabase.get().is(addresses, port, database)) {
            return refuse("This is InsightIQ's own database; connect a different database.");
        }
        return Optional.empty();
    }

    /** The SSH server of a tunnel obeys the same allow and deny rules. */
    public Optional<ConnectionProblem> checkTunnelHost(String host) {
        List<InetAddress> addresses = resolve(host);
        if (!allowed.isEmpty() && !allowed.matches(host, addresses)) {
            return refuse("SSH tunnels to " + host + " are not allowed here (INSIGHTIQ_ALLOWED_HOSTS).");
        }
        if (denied.matches(host, addresses)) {
            return refuse("SSH tunnels to " + host + " are blocked by the operator (INSIGHTIQ_DENIED_HOSTS).");
        }
        return Optional.empty();
    }

    private static Optional<ConnectionProblem> refuse(String message) {
        return Optional.of(new ConnectionProblem(ConnectionProblem.Kind.HOST_NOT_ALLOWED, message));
    }

    static List<InetAddress> resolve(String host) {
        try {
            return Arrays.asList(InetAddress.getAllByName(host));
        } catch (UnknownHostException | SecurityException e) {
            return List.of();
        }
    }

    static Optional<AppDatabase> parseAppDatabase(String url) {
        Matcher m = POSTGRES_URL.matcher(url.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int port = m.group(2) == null ? 5432 : Integer.parseInt(m.group(2));
        String host = m.group(1).replace("[", "").replace("]", "");
        return Optional.of(new AppDatabase(resolve(host), port, m.group(3)));
    }

    /** Where the control schema lives. Any address of this machine counts as the same host when it runs locally. */
    record AppDatabase(List<InetAddress> addresses, int port, String database) {
        boolean is(List<InetAddress> candidate, int candidatePort, String candidateDatabase) {
            if (candidatePort != port || candidateDatabase == null
                    || !candidateDatabase.trim().toLowerCase(Locale.ROOT).equals(database.toLowerCase(Locale.ROOT))) {
                return false;
            }
            boolean appIsLocal = addresses.stream().anyMatch(AppDatabase::isThisMachine);
            return candidate.stream().anyMatch(a -> addresses.contains(a) || (appIsLocal && isThisMachine(a)));
        }

        static boolean isThisMachine(InetAddress address) {
            if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
                return true;
            }
            try {
                return NetworkInterface.getByInetAddress(address) != null;
            } catch (SocketException e) {
                return false;
            }
        }
    }
}
