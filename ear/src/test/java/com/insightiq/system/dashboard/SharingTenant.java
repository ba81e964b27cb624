package com.insightiq.system.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.insightiq.system.Api;
import com.insightiq.system.Database;
import com.insightiq.system.SourceFixtures;
import com.insightiq.system.Tenancy;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A fresh tenant for one sharing test: its admin, members on demand, and dashboards written straight into the
 * tenant schema (the sharing tests check sharing, not the dashboard editor). Close it to drop its source database.
 */
final class SharingTenant implements AutoCloseable {
    final String slug;
    final Api admin;
    private SourceFixtures.Fixture fixture;

    private SharingTenant(String slug, Api admin) {
        this.slug = slug;
        this.admin = admin;
    }

    static SharingTenant create(String prefix) {
        String slug = Tenancy.uniqueSlug(prefix);
        return new SharingTenant(slug, Api.signIn(Tenancy.createTenant(Api.platformAdmin(), slug), Tenancy.PASSWORD));
    }

    Api member(String role, String name) {
        String email = name + "@" + slug.replace('_', '-') + ".test";
        Tenancy.addMember(admin, slug, email, role);
        return Api.signIn(email, Tenancy.PASSWORD);
    }

    String api(String path) {
        return "/t/" + slug + "/api/v1" + path;
    }

    String schema() {
        return "tenant_" + slug;
    }

    /** A dashboard with these filters (JSON list) in "Our analytics". */
    long dashboard(String name, String filtersJson) {
        return Database.count("INSERT INTO " + schema() + ".dashboard (name, owner_id, filters, created_by)"
                + " VALUES (?, 1, ?, 1) RETURNING id", name, filtersJson);
    }

    /** A text card whose markdown may show filter values ({{filterId}}). */
    long textCard(long dashboardId, int row, String markdown) {
        return Database.count("INSERT INTO " + schema() + ".dashboard_card (dashboard_id, kind, col, row_index, width,"
                + " height, settings) VALUES (?, 'TEXT', 0, ?, 12, 2, ?) RETURNING id", dashboardId, row,
                Json.createObjectBuilder().add("text", markdown).build().toString());
    }

    /** A question card (its question made through the API on a one-table source) wired to filter region. */
    long questionCard(long dashboardId, int row, String sql) {
        if (fixture == null) {
            fixture = SourceFixtures.postgres("share");
            fixture.execute("CREATE TABLE sales (id INT PRIMARY KEY, region TEXT NOT NULL, amount NUMERIC(10,2))");
            fixture.execute("INSERT INTO sales VALUES (1, 'north', 10.00), (2, 'south', 5.00)");
            fixture.execute("ALTER TABLE sales OWNER TO " + fixture.user());
        }
        Api.Reply source = admin.post(api("/datasources"), fixture.body("Sales " + row).build().toString());
        assertEquals(201, source.status(), source::toString);
        Api.Reply question = admin.post(api("/questions"), Json.createObjectBuilder().add("name", "Sales question")
                .add("dataSourceId", source.json().getJsonNumber("id").longValue()).add("sql", sql)
                .add("parameters", Json.createArrayBuilder())
                .add("visualization", Json.createObjectBuilder().add("type", "table")
                        .add("settings", Json.createObjectBuilder())).build().toString());
        assertEquals(201, question.status(), question::toString);
        long questionId = question.json().getJsonNumber("id").longValue();
        return Database.count("INSERT INTO " + schema() + ".dashboard_card (dashboard_id, kind, question_id, col,"
                + " row_index, width, height, click) VALUES (?, 'QUESTION', ?, 0, ?, 12, 4, ?) RETURNING id",
                dashboardId, questionId, row, "{\"action\":\"question\",\"targetId\":" + questionId + "}");
    }

    void archive(long dashboardId) {
        Database.execute("UPDATE " + schema() + ".dashboard SET archived_at = now(), archived_by = 1 WHERE id = "
                + dashboardId);
    }

    void restore(long dashboardId) {
        Database.execute("UPDATE " + schema() + ".dashboard SET archived_at = NULL, archived_by = NULL WHERE id = "
                + dashboardId);
    }

    void status(String status) {
        Database.execute("UPDATE control.tenant SET status = '" + status + "' WHERE slug = '" + slug + "'");
    }

    /** An HS256 JWT as a host application signs it: the secret's text is the HMAC key. */
    static String jwt(String headerJson, String claimsJson, String secret) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return signingInput + "." + b64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String hs256(String claimsJson, String secret) {
        return jwt("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", claimsJson, secret);
    }

    @Override
    public void close() {
        if (fixture != null) {
            fixture.close();
        }
    }
}
