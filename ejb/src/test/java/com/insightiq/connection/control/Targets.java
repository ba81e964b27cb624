package com.insightiq.connection.control;

import com.insightiq.connection.entity.SslMode;
import java.time.Duration;
import java.util.Map;

/** Connection targets for the driver tests. */
final class Targets {

    private Targets() {
    }

    static ConnectionTarget target(String host, String database) {
        return new ConnectionTarget(host, 5000, database, "ann", "s3cret", SslMode.PREFER, Map.of(), Duration.ofSeconds(7));
    }

    static ConnectionTarget target(SslMode sslMode) {
        return new ConnectionTarget("db.example.com", 5000, "sales", "ann", "s3cret", sslMode, Map.of(),
                Duration.ofMillis(6500));
    }

    static ConnectionTarget withOptions(Map<String, String> options) {
        return new ConnectionTarget("db.example.com", 5000, "sales", "ann", "s3cret", SslMode.PREFER, options,
                Duration.ofSeconds(7));
    }
}
