package com.insightiq.system.query;

import com.insightiq.system.Api;
import com.insightiq.system.Database;
import com.insightiq.system.SourceFixtures;
import com.insightiq.system.Tenancy;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A tenant of its own for each test, with an analyst and a data source on the sample database (read with the
 * sample's read-only role, as the demo tenant does) or on a fixture database.
 */
public final class ExportFixtures {
    public static final String SAMPLE = "insightiq_sample";

    private ExportFixtures() {
    }

    /** A fresh tenant: its admin, and an analyst (who runs the exports). */
    public record Team(String slug, Api admin, Api analyst, String analystEmail) {
        public String api(String path) {
            return "/t/" + slug + "/api/v1" + path;
        }
    }

    public static Team team(String prefix) {
        String slug = Tenancy.uniqueSlug(prefix);
        Api admin = Api.signIn(Tenancy.createTenant(Api.platformAdmin(), slug), Tenancy.PASSWORD);
        String email = "analyst@" + slug.replace('_', '-') + ".test";
        Tenancy.addMember(admin, slug, email, "analyst");
        return new Team(slug, admin, Api.signIn(email, Tenancy.PASSWORD), email);
    }

    /** Registers the sample database in the team's tenant; returns the data source id. */
    public static long sampleSource(Team team) {
        return created(team, sampleSourceBody("Sample").toString());
    }

    /** The create/update body of a data source on the sample database, read with its read-only role. */
    public static jakarta.json.JsonObject sampleSourceBody(String name) {
        URI server = URI.create(System.getProperty("it.db.url").substring("jdbc:".length()));
        return Json.createObjectBuilder().add("name", name).add("engine", "postgresql")
                .add("host", server.getHost()).add("port", server.getPort()).add("database", SAMPLE)
                .add("username", "insightiq_sample_reader").add("password", secret("sample-reader-password"))
                .add("sslMode", "disable").build();
    }

    /** Registers a fixture database in the team's tenant; returns the data source id. */
    public static long source(Team team, SourceFixtures.Fixture fixture) {
        return created(team, fixture.body("Fixture " + fixture.database()).build().toString());
    }

    private static long created(Team team, String body) {
        Api.Reply reply = team.admin().post(team.api("/datasources"), body);
        if (reply.status() != 201) {
            throw new AssertionError("Creating the data source failed: " + reply);
        }
        return reply.json().getJsonNumber("id").longValue();
    }

    /** Waits until the tenant's jobs (the first catalog sync of a new source) are done, so they do not skew figures. */
    public static void awaitIdle(Team team) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            boolean busy = team.admin().get(team.api("/jobs")).array().getValuesAs(jakarta.json.JsonObject.class)
                    .stream().anyMatch(job -> job.getString("status").matches("queued|started"));
            if (!busy) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The jobs of " + team.slug() + " did not finish within 3 minutes");
    }

    /** A direct connection to a database of the test server, as superuser: the truth exports are checked against. */
    public static Connection connect(String database) throws SQLException {
        String url = System.getProperty("it.db.url").replaceAll("/[^/?]+(\\?.*)?$", "/" + database);
        return DriverManager.getConnection(url, "insightiq", Database.password());
    }

    /** The POST body of a query: {@code {dataSourceId, sql}}. */
    public static String query(long dataSourceId, String sql) {
        return Json.createObjectBuilder().add("dataSourceId", dataSourceId).add("sql", sql).build().toString();
    }

    private static String secret(String file) {
        try {
            return Files.readString(Path.of(System.getProperty("it.home"), file)).trim();
        } catch (IOException e) {
            throw new AssertionError("No " + file + " in the test home", e);
        }
    }
}
