package com.insightiq.connection.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.logging.Logger;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.client.session.forward.ExplicitPortForwardingTracker;

/**
 * SSH local port forwarding (Apache MINA SSHD) to reach databases behind a jump host. One client for the application;
 * each tunnel is a session with one forwarding from a random port on 127.0.0.1 to the database.
 */
@ApplicationScoped
public class Tunnels {
    private static final Logger LOG = Logger.getLogger(Tunnels.class.getName());

    private SshClient client;

    private synchronized SshClient client() {
        if (client == null) {
            client = SshClient.setUpDefaultClient();
            // Host keys are not pinned yet (README: limits); the server is still authenticated by the user's credentials.
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
            client.start();
        }
        return client;
    }

    /** Opens a tunnel; the caller closes it. Failures are explained, never carrying a secret. */
    public Tunnel open(SourceSpec.TunnelSpec spec, String databaseHost, int databasePort, Duration timeout)
            throws TunnelException {
        ClientSession session = null;
        try {
            session = client().connect(spec.user(), spec.host(), spec.port()).verify(timeout).getSession();
            if (spec.password() != null && !spec.password().isEmpty()) {
                session.addPasswordIdentity(spec.password());
            }
            if (spec.privateKey() != null && !spec.privateKey().isBlank()) {
                for (KeyPair key : keys(session, spec.privateKey())) {
                    session.addPublicKeyIdentity(key);
                }
            }
            session.auth().verify(timeout);
            ExplicitPortForwardingTracker forwarding = session.createLocalPortForwardingTracker(
                    new SshdSocketAddress("127.0.0.1", 0), new SshdSocketAddress(databaseHost, databasePort));
            return new Tunnel(session, forwarding);
        } catch (TunnelException e) {
            closeQuietly(session);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(session);
            throw new TunnelException(explain(spec, e));
        }
    }

    private static Iterable<KeyPair> keys(ClientSession session, String privateKey) throws TunnelException {
        try {
            Iterable<KeyPair> keys = SecurityUtils.loadKeyPairIdentities(session, NamedResource.ofName("data-source-key"),
                    new ByteArrayInputStream(privateKey.getBytes(StandardCharsets.UTF_8)), FilePasswordProvider.EMPTY);
            if (keys == null || !keys.iterator().hasNext()) {
                throw new TunnelException("The SSH private key could not be read. Paste an unencrypted OpenSSH or PEM key.");
            }
            return keys;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new TunnelException("The SSH private key could not be read. Paste an unencrypted OpenSSH or PEM key.");
        }
    }

    static String explain(SourceSpec.TunnelSpec spec, Exception e) {
        String text = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        if (root instanceof java.net.UnknownHostException) {
            return "The SSH host " + spec.host() + " is unknown. Check the SSH host name.";
        }
        if (root instanceof java.net.ConnectException || text.contains("connection refused")) {
            return "Nothing answers on SSH port " + spec.port() + " of " + spec.host() + ". Check the SSH host and port.";
        }
        if (text.contains("auth") || text.contains("no more authentication methods")) {
            return "The SSH server refused user " + spec.user() + ". Check the SSH user, password or private key.";
        }
        if (text.contains("timeout") || text.contains("timed out")) {
            return "The SSH server " + spec.host() + " did not answer in time. Check the host, port and firewall.";
        }
        LOG.fine(() -> "SSH tunnel to " + spec + " failed: " + e);
        return "The SSH tunnel to " + spec.host() + " could not be opened.";
    }

    private static void closeQuietly(ClientSession session) {
        if (session != null) {
            try {
                session.close();
            } catch (IOException ignored) {
                // Already failing; the original cause is reported.
            }
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (client != null) {
            client.stop();
        }
    }

    /** An open tunnel: connect JDBC to {@link #localPort()} on 127.0.0.1. */
    public static final class Tunnel implements AutoCloseable {
        private final ClientSession session;
        private final ExplicitPortForwardingTracker forwarding;

        Tunnel(ClientSession session, ExplicitPortForwardingTracker forwarding) {
            this.session = session;
            this.forwarding = forwarding;
        }

        public int localPort() {
            return forwarding.getBoundAddress().getPort();
        }

        public boolean isOpen() {
            return session.isOpen() && forwarding.isOpen();
        }

        @Override
        public void close() {
            try {
                forwarding.close();
            } catch (IOException ignored) {
                // The session close below releases the port as well.
            }
            closeQuietly(session);
        }
    }

    /** The tunnel could not be opened; the message is meant for the user. */
    public static final class TunnelException extends Exception {
        public TunnelException(String message) {
            super(message);
        }
    }
}
