package com.insightiq.connection.entity;

import java.util.Arrays;
import java.util.Optional;

/** The database engines a tenant can connect; each has one driver behind the connection SPI. */
public enum Engine {
    POSTGRESQL("postgresql", "PostgreSQL", 5432),
    MYSQL("mysql", "MySQL / MariaDB", 3306),
    SQLSERVER("sqlserver", "Microsoft SQL Server", 1433),
    TRINO("trino", "Trino", 8080);

    private final String code;
    private final String displayName;
    private final int defaultPort;

    Engine(String code, String displayName, int defaultPort) {
        this.code = code;
        this.displayName = displayName;
        this.defaultPort = defaultPort;
    }

    /** The lower-case name used in the API and stored in the tenant schema. */
    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** Accepts the API code; "mariadb" is the same family as MySQL. */
    public static Optional<Engine> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(java.util.Locale.ROOT);
        if (wanted.equals("mariadb")) {
            return Optional.of(MYSQL);
        }
        return Arrays.stream(values()).filter(e -> e.code.equals(wanted)).findFirst();
    }
}
