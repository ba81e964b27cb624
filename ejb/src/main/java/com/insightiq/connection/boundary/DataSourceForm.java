package com.insightiq.connection.boundary;

import java.util.Map;

/**
 * What a person enters for a data source. Secrets are write-only: on update, a {@code null} password or key keeps the
 * stored one. {@code ssh} absent means no tunnel.
 */
public record DataSourceForm(String name, String engine, String host, Integer port, String database, String username,
                             String password, String sslMode, Map<String, String> options, SshForm ssh,
                             Boolean allowWrites) {

    /** The SSH jump host; {@code privateKey} is an unencrypted OpenSSH or PEM key. */
    public record SshForm(String host, Integer port, String user, String password, String privateKey) {
    }
}
