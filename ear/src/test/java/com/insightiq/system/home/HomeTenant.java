package com.insightiq.system.home;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.insightiq.system.Api;
import com.insightiq.system.SourceFixtures;
import com.insightiq.system.Tenancy;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * A fresh tenant for one test with a small PostgreSQL source ({@code sales(id, region, amount)}) and helpers for the
 * questions, dashboards and Home APIs. Close it to drop the source database.
 */
final class HomeTenant implements AutoCloseable {
    final String slug;
    final Api admin;
    final SourceFixtures.Fixture fixture;
    final long sourceId;

    private HomeTenant(String slug, Api admin, SourceFixtures.Fixture fixture, long sourceId) {
        this.slug = slug;
        this.admin = admin;
        this.fixture = fixture;
        this.sourceId = sourceId;
    }

    static HomeTenant create(String prefix) {
        String slug = Tenancy.uniqueSlug(prefix);
        Api admin = Api.signIn(Tenancy.createTenant(Api.platformAdmin(), slug), Tenancy.PASSWORD);
        SourceFixtures.Fixture fixture = SourceFixtures.postgres(prefix);
        fixture.execute("CREATE TABLE sales (id INT PRIMARY KEY, region TEXT NOT NULL, amount NUMERIC(10,2))");
        fixture.execute("INSERT INTO sales VALUES (1, 'north', 10.00), (2, 'north', 20.00), (3, 'south', 5.00)");
        fixture.execute("ALTER TABLE sales OWNER TO " + fixture.user());
        Api.Reply source = admin.post("/t/" + slug + "/api/v1/datasources", fixture.body("Sales").build().toString());
        assertEquals(201, source.status(), source::toString);
        return new HomeTenant(slug, admin, fixture, source.json().getJsonNumber("id").longValue());
    }

    String api(String path) {
        return "/t/" + slug + "/api/v1" + path;
    }

    /** Adds a member with this role and signs them in. */
    Api member(String role, String name) {
        String email = name + "@" + slug.replace('_', '-') + ".test";
        Tenancy.addMember(admin, slug, email, role);
        return Api.signIn(email, Tenancy.PASSWORD);
    }

    long question(Api who, String name, Long collectionId) {
        var body = Json.createObjectBuilder().add("name", name).add("dataSourceId", sourceId)
                .add("sql", "SELECT region, amount FROM sales");
        if (collectionId != null) {
            body.add("collectionId", collectionId);
        }
        Api.Reply created = who.post(api("/questions"), body.build().toString());
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    long dashboard(Api who, String name) {
        Api.Reply created = who.post(api("/dashboards"), Json.createObjectBuilder().add("name", name).build()
                .toString());
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    void viewed(Api who, String kind, long id) {
        Api.Reply reply = who.post(api("/recents"), Json.createObjectBuilder().add("kind", kind).add("id", id)
                .build().toString());
        assertEquals(204, reply.status(), reply::toString);
    }

    /** "kind:name" of each listed item, in order. */
    List<String> list(Api who, String what) {
        Api.Reply reply = who.get(api("/" + what));
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("kind") + ":" + i.getString("name")).toList();
    }

    @Override
    public void close() {
        fixture.close();
    }
}
