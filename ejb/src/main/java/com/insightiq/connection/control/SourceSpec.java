package com.insightiq.connection.control;

import com.insightiq.connection.entity.Engine;
import com.insightiq.connection.entity.SslMode;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A data source with its secrets in plaintext, alive only while a connection is being made: built from a request for
 * "test connection", or by unsealing a stored definition. {@code toString} never shows a secret.
 */
public record SourceSpec(Engine engine, String host, int port, String database, String username, String password,
                         SslMode sslMode, Map<String, String> options, Optional<TunnelSpec> tunnel, boolean allowWrites) {

    public SourceSpec {
        options = Map.copyOf(options);
    }

    /** The SSH jump host: a password, a private key (OpenSSH or PEM, unencrypted), or both. */
    public record TunnelSpec(String host, int port, String user, String password, String privateKey) {
        @Override
        public String toString() {
            return "TunnelSpec[" + user + "@" + host + ":" + port + "]";
        }
    }

    public ConnectionTarget target(Duration connectTimeout) {
        return new ConnectionTarget(host, port, database, username, password, sslMode, options, connectTimeout);
    }

    @Override
    public String toString() {
        return "SourceSpec[" + engine.code() + "://" + username + "@" + host + ":" + port + "/" + database
                + tunnel.map(t -> " via " + t).orElse("") + "]";
    }
}
