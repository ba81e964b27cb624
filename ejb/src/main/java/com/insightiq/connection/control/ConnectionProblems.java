package com.insightiq.connection.control;

import com.insightiq.connection.control.ConnectionProblem.Kind;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Turns any connection failure into a {@link ConnectionProblem}: what the engine said specifically first (its driver's
 * {@code explain}), then the network causes every JDBC driver wraps in its own way. The messages are fixed English
 * text: never the driver's message, which may echo a host, a user name or worse.
 */
public final class ConnectionProblems {

    private static final int MAX_CAUSES = 32;

    private ConnectionProblems() {
    }

    public static ConnectionProblem classify(Throwable error, Driver driver) {
        List<Throwable> chain = causes(error);
        for (Throwable cause : chain) {
            if (cause instanceof SQLException sql) {
                Optional<ConnectionProblem> explained = driver.explain(sql);
                if (explained.isPresent()) {
                    return explained.get();
                }
            }
        }
        for (Throwable cause : chain) {
            Optional<ConnectionProblem> network = network(cause);
            if (network.isPresent()) {
                return network.get();
            }
        }
        return new ConnectionProblem(Kind.UNKNOWN, "The connection failed for a reason InsightIQ cannot tell. "
                + "Check host, port, database and SSL mode, and whether the server is running.");
    }

    static ConnectionProblem wrongCredentials() {
        return new ConnectionProblem(Kind.WRONG_CREDENTIALS,
                "The server refused the user name or password. Check both, and that this user may log in.");
    }

    static ConnectionProblem databaseMissing() {
        return new ConnectionProblem(Kind.DATABASE_MISSING,
                "The database does not exist on this server. Check its name, including upper and lower case.");
    }

    static ConnectionProblem sslRequired() {
        return new ConnectionProblem(Kind.SSL_REQUIRED,
                "The server accepts only encrypted connections. Choose SSL mode 'require' or 'verify-full'.");
    }

    static ConnectionProblem sslUnavailable() {
        return new ConnectionProblem(Kind.SSL_FAILED,
                "The server does not offer TLS. Enable TLS on the server, or choose SSL mode 'disable' or 'prefer'.");
    }

    static ConnectionProblem sslFailed() {
        return new ConnectionProblem(Kind.SSL_FAILED, "The TLS handshake failed. With 'verify-full' the server "
                + "certificate must be trusted and match the host name; 'require' encrypts without checking it.");
    }

    static ConnectionProblem permissionDenied() {
        return new ConnectionProblem(Kind.PERMISSION_DENIED,
                "The user may log in but lacks a permission it needs. Grant it access to this database.");
    }

    static ConnectionProblem hostNotAllowed() {
        return new ConnectionProblem(Kind.HOST_NOT_ALLOWED, "The server does not accept connections from "
                + "InsightIQ's address for this user. Allow it in the server's access rules or firewall.");
    }

    static boolean mentions(SQLException error, String... phrases) {
        String message = error.getMessage() == null ? "" : error.getMessage().toLowerCase(Locale.ROOT);
        for (String phrase : phrases) {
            if (message.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<ConnectionProblem> network(Throwable cause) {
        String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
        if (cause instanceof UnknownHostException) {
            return Optional.of(new ConnectionProblem(Kind.UNKNOWN_HOST,
                    "The host name cannot be resolved. Check its spelling and that it is public or reachable."));
        }
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                || message.contains("connection refused")) {
            return Optional.of(new ConnectionProblem(Kind.PORT_CLOSED, "Nothing accepts connections on this host "
                    + "and port. Check the port, that the server is running, and firewalls in between."));
        }
        if (cause instanceof SocketTimeoutException || cause instanceof TimeoutException
                || cause instanceof SQLTimeoutException || message.contains("timed out")) {
            return Optional.of(new ConnectionProblem(Kind.TIMEOUT, "The server did not answer in time. A firewall "
                    + "may drop the connection, or the server is overloaded."));
        }
        if (cause instanceof SSLException) {
            return Optional.of(sslFailed());
        }
        return Optional.empty();
    }

    private static List<Throwable> causes(Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = error; cause != null && chain.size() < MAX_CAUSES && seen.add(cause);
             cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}
