package com.insightiq.system;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.util.UUID;

/**
 * Databases for data-source tests on the build's embedded PostgreSQL: each fixture is its own database with its own
 * login role, so tests never touch InsightIQ's own database and clean up after themselves.
 */
public final class SourceFixtures {
    private SourceFixtures() {
    }

    public record Fixture(String database, String user, String password) implements AutoCloseable {
        public String host() {
            return URI.create(System.getProperty("it.db.url").substring(5)).getHost();
        }

        public int port() {
            return URI.create(System.getProperty("it.db.url").substring(5)).getPort();
        }

        /** The create/update body for this database; tests change single fields from here. */
        public JsonObjectBuilder body(String name) {
            return Json.createObjectBuilder().add("name", name).add("engine", "postgresql").add("host", host())
                    .add("port", port()).add("database", database).add("username", user).add("password", password)
                    .add("sslMode", "disable");
        }

        public void execute(String sql) {
            Database.executeIn(database, sql);
        }

        @Override
        public void close() {
            Database.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            Database.execute("DROP ROLE IF EXISTS " + user);
        }
    }

    /** A fresh database owned by a fresh role with a random password. */
    public static Fixture postgres(String prefix) {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Fixture fixture = new Fixture(prefix + "_" + id, prefix + "_user_" + id, "Pw-" + UUID.randomUUID());
        Database.execute("CREATE ROLE " + fixture.user() + " LOGIN PASSWORD '" + fixture.password() + "'");
        Database.execute("CREATE DATABASE " + fixture.database() + " OWNER " + fixture.user());
        return fixture;
    }
}
