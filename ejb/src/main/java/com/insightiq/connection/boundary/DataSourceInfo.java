package com.insightiq.connection.boundary;

import java.time.Instant;
import java.util.Map;

/** A data source as pages and the API show it: never a secret, only whether one is stored. */
public record DataSourceInfo(long id, String name, String engine, String engineName, String host, int port,
                             String database, String username, boolean hasPassword, String sslMode,
                             Map<String, String> options, SshInfo ssh, boolean allowWrites, String syncSchedule,
                             Instant nextSyncAt, Instant createdAt, Instant updatedAt, int version) {

    public record SshInfo(String host, int port, String user, boolean hasPassword, boolean hasPrivateKey) {
    }
}
