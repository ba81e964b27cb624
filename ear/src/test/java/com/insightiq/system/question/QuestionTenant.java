package com.insightiq.system.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.insightiq.system.Api;
import com.insightiq.system.Database;
import com.insightiq.system.SourceFixtures;
import com.insightiq.system.Tenancy;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * A fresh tenant for one test with a small PostgreSQL source ({@code sales(id, region, amount)}: north 10 + 20,
 * south 5) and helpers for the questions API. Close it to drop the source database.
 */
final class QuestionTenant implements AutoCloseable {
    final String slug;
    final Api admin;
    final SourceFixtures.Fixture fixture;
    final long sourceId;

    private QuestionTenant(String slug, Api admin, SourceFixtures.Fixture fixture, long sourceId) {
        this.slug = slug;
        this.admin = admin;
        this.fixture = fixture;
        this.sourceId = sourceId;
    }

    static QuestionTenant create(String prefix) {
        String slug = Tenancy.uniqueSlug(prefix);
        Api admin = Api.signIn(Tenancy.createTenant(Api.platformAdmin(), slug), Tenancy.PASSWORD);
        SourceFixtures.Fixture fixture = SourceFixtures.postgres(prefix);
        fixture.execute("CREATE TABLE sales (id INT PRIMARY KEY, region TEXT NOT NULL, amount NUMERIC(10,2))");
        fixture.execute("INSERT INTO sales VALUES (1, 'north', 10.00), (2, 'north', 20.00), (3, 'south', 5.00)");
        fixture.execute("ALTER TABLE sales OWNER TO " + fixture.user());
        Api.Reply source = admin.post("/t/" + slug + "/api/v1/datasources", fixture.body("Sales").build().toString());
        assertEquals(201, source.status(), source::toString);
        return new QuestionTenant(slug, admin, fixture, source.json().getJsonNumber("id").longValue());
    }

    /** Adds a member with this role (analyst, viewer, admin) and signs them in. */
    Api member(String role, String name) {
        String email = name + "@" + slug.replace('_', '-') + ".test";
        Tenancy.addMember(admin, slug, email, role);
        return Api.signIn(email, Tenancy.PASSWORD);
    }

    String questions() {
        return "/t/" + slug + "/api/v1/questions";
    }

    /** A question body over the sales source. */
    JsonObjectBuilder body(String name, String sql) {
        return Json.createObjectBuilder().add("name", name).add("description", "About " + name)
                .add("dataSourceId", sourceId).add("sql", sql).add("parameters", Json.createArrayBuilder())
                .add("visualization", Json.createObjectBuilder().add("type", "table")
                        .add("settings", Json.createObjectBuilder()));
    }

    JsonObject create(JsonObjectBuilder body) {
        Api.Reply created = admin.post(questions(), body.build().toString());
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }

    /** A collection made straight in the tenant schema (the collections API is another helper's). */
    long collection(String name) {
        return Database.count("INSERT INTO tenant_" + slug + ".collection (name, created_by) VALUES (?, 1) RETURNING id",
                name);
    }

    static JsonArrayBuilder values(String name, Object value) {
        return Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", name).add("value", value.toString()));
    }

    static String run(JsonArrayBuilder values) {
        return Json.createObjectBuilder().add("parameters", values).build().toString();
    }

    @Override
    public void close() {
        fixture.close();
    }
}
