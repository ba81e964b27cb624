package com.insightiq.system.query;

import com.insightiq.system.Database;
import com.insightiq.system.SourceFixtures;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A database of its own on the build's embedded PostgreSQL, owned by the login the data source uses. */
final class PostgresSource implements QuerySource {
    private final SourceFixtures.Fixture fixture;

    private PostgresSource(SourceFixtures.Fixture fixture) {
        this.fixture = fixture;
    }

    static PostgresSource create(String prefix) {
        return new PostgresSource(SourceFixtures.postgres(prefix));
    }

    String database() {
        return fixture.database();
    }

    @Override
    public JsonObjectBuilder body(String name) {
        return fixture.body(name);
    }

    @Override
    public String user() {
        return fixture.user();
    }

    /** As the owner: the same login the data source uses, so a read-only guard cannot lean on missing grants. */
    @Override
    public Connection connect() throws SQLException {
        String url = System.getProperty("it.db.url").replaceAll("/[^/?]+(\\?.*)?$", "/" + fixture.database());
        return DriverManager.getConnection(url, fixture.user(), fixture.password());
    }

    /** As the superuser: the statement log is switched on for the source's login only. */
    @Override
    public Connection inspect() throws SQLException {
        String url = System.getProperty("it.db.url").replaceAll("/[^/?]+(\\?.*)?$", "/" + fixture.database());
        return DriverManager.getConnection(url, "insightiq", Database.password());
    }

    /** Server-wide settings of the login (log_statement, TimeZone…) apply to sessions opened afterwards. */
    void alterRole(String setting) {
        Database.execute("ALTER ROLE " + fixture.user() + " SET " + setting);
    }

    @Override
    public long running(String marker) {
        return Database.count("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' "
                + "AND pid <> pg_backend_pid() AND query LIKE ?", "%" + marker + "%");
    }

    @Override
    public void close() {
        fixture.close();
    }
}
