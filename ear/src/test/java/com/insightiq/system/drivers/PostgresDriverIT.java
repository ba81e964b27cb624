package com.insightiq.system.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.insightiq.connection.control.ConnectionTarget;
import com.insightiq.connection.control.Driver;
import com.insightiq.connection.control.PostgresDriver;
import com.insightiq.connection.control.TableRef;
import com.insightiq.connection.entity.SslMode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract against the build's embedded PostgreSQL. Each test gets its own database, reached through the driver
 * with SSL mode "prefer" (the embedded server has no TLS, so this also proves the fallback).
 */
class PostgresDriverIT extends DriverContract {

    private static final String SCHEMA = "sales";
    private final PostgresDriver driver = new PostgresDriver();

    @Override
    protected Driver driver() {
        return driver;
    }

    @Override
    protected Fixture createFixture() throws Exception {
        String database = "driver_contract_" + uniqueSuffix();
        try (Connection admin = admin()) {
            execute(admin, "CREATE DATABASE " + database);
        }
        URI server = URI.create(System.getProperty("it.db.url").substring("jdbc:".length()));
        ConnectionTarget target = new ConnectionTarget(server.getHost(), server.getPort(), database, "insightiq",
                password(), SslMode.PREFER, Map.of(), Duration.ofSeconds(10));
        try (Connection connection = connect(target)) {
            execute(connection, "CREATE SCHEMA " + driver.quote(SCHEMA));
        }
        return new Fixture(target, SCHEMA);
    }

    @Override
    protected void dropFixture(Fixture fixture) throws Exception {
        try (Connection admin = admin()) {
            execute(admin, "DROP DATABASE IF EXISTS " + fixture.target().database() + " WITH (FORCE)");
        }
    }

    @Override
    protected String timestampType() {
        return "timestamp";
    }

    @Override
    protected String analyze(String qualifiedTable) {
        return "ANALYZE " + qualifiedTable;
    }

    @Test
    void reportsUnknownRowsForATableNeverAnalyzed() throws Exception {
        try (Connection connection = connect(fixture().target())) {
            execute(connection, "CREATE TABLE sales.fresh (id integer)");
            TableRef fresh = driver.tables(connection, SCHEMA).stream()
                    .filter(t -> t.name().equals("fresh")).findFirst().orElseThrow();
            assertEquals(-1, fresh.estimatedRows());
        }
    }

    private static Connection admin() throws Exception {
        return DriverManager.getConnection(System.getProperty("it.db.url"), "insightiq", password());
    }

    private static String password() throws Exception {
        return Files.readString(Path.of(System.getProperty("it.home"), "postgres-password")).trim();
    }
}
