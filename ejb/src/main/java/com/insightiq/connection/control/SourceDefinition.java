package com.insightiq.connection.control;

import com.insightiq.connection.entity.Engine;
import com.insightiq.connection.entity.SslMode;
import com.insightiq.tenancy.entity.Slug;
import java.util.Map;
import java.util.Optional;

/**
 * A data source as the connection layer needs it, detached from JPA so batch jobs and pools can use it outside a
 * tenant transaction. Secrets are still sealed; {@code version} changes on every edit, which retires the old pool.
 */
public record SourceDefinition(Slug tenant, long id, String name, Engine engine, String host, int port, String database,
                               String username, Optional<byte[]> passwordSecret, SslMode sslMode,
                               Map<String, String> options, Optional<Tunnel> tunnel, boolean allowWrites, int version) {

    public SourceDefinition {
        options = Map.copyOf(options);
    }

    /** An SSH jump host in front of the database; the database host is resolved by the SSH server. */
    public record Tunnel(String host, int port, String user, Optional<byte[]> passwordSecret,
                         Optional<byte[]> privateKeySecret) {
    }

    /** Associated data for sealing this tenant's secrets: a ciphertext moved to another tenant does not open. */
    public static String secretContext(Slug tenant, String purpose) {
        return tenant.schema() + "/data_source/" + purpose;
    }

    public static final String PASSWORD = "password";
    public static final String SSH_PASSWORD = "ssh-password";
    public static final String SSH_KEY = "ssh-key";

    @Override
    public String toString() {
        return "SourceDefinition[" + tenant + "#" + id + " " + engine.code() + "://" + host + ":" + port + "/" + database
                + " as " + username + ", v" + version + "]";
    }
}
