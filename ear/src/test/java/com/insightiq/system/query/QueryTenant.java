package com.insightiq.system.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import com.insightiq.system.Tenancy;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** A fresh tenant for one test class: its admin, its data sources, members with other roles, query settings. */
final class QueryTenant {
    final String slug;
    final Api admin;
    final QueryApi queries;

    private QueryTenant(String slug, Api admin) {
        this.slug = slug;
        this.admin = admin;
        this.queries = new QueryApi(admin, slug);
    }

    static QueryTenant create(String prefix) {
        String slug = Tenancy.uniqueSlug(prefix);
        return new QueryTenant(slug, Api.signIn(Tenancy.createTenant(Api.platformAdmin(), slug), Tenancy.PASSWORD));
    }

    /** Adds a member with this role and signs them in. */
    Api member(String role, String name) {
        String email = name + "@" + slug.replace('_', '-') + ".test";
        Tenancy.addMember(admin, slug, email, role);
        return Api.signIn(email, Tenancy.PASSWORD);
    }

    /** Connects the source to the tenant and waits for its first catalog sync, so the catalog knows its columns. */
    long addSource(QuerySource source, String name) throws InterruptedException {
        Api.Reply created = admin.post(sources(), source.body(name).build().toString());
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        long deadline = System.currentTimeMillis() + 90_000;
        while (true) {
            String syncs = admin.get(sources() + "/" + id + "/syncs").body();
            if (syncs.contains("\"completed\"")) {
                return id;
            }
            assertTrue(!syncs.contains("\"failed\""), () -> "the first sync of " + name + " failed: " + syncs);
            assertTrue(System.currentTimeMillis() < deadline, () -> "the first sync of " + name + " finishes: " + syncs);
            Thread.sleep(300);
        }
    }

    /** The catalog id of a column, as field filters name it. */
    long columnId(long sourceId, String table, String column) {
        JsonObject summary = admin.get(sources() + "/" + sourceId + "/tables").array().stream()
                .map(JsonValue::asJsonObject).filter(t -> t.getString("name").equals(table)).findFirst()
                .orElseThrow(() -> new AssertionError("the catalog lists table " + table));
        return admin.get("/t/" + slug + "/api/v1/tables/" + summary.getJsonNumber("id").longValue()).json()
                .getJsonArray("columns").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals(column)).findFirst()
                .orElseThrow(() -> new AssertionError("the catalog lists column " + table + "." + column))
                .getJsonNumber("id").longValue();
    }

    String settingsPath() {
        return "/t/" + slug + "/api/v1/settings/queries";
    }

    /** Sets the tenant's query timeout, keeping the other settings; returns the previous settings to restore. */
    JsonObject timeout(int seconds) {
        Api.Reply current = admin.get(settingsPath());
        assertEquals(200, current.status(), current::toString);
        JsonObject before = current.json();
        Api.Reply changed = admin.put(settingsPath(), settings(seconds, before).toString());
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(seconds, admin.get(settingsPath()).json().getInt("timeoutSeconds"));
        return before;
    }

    void restore(JsonObject before) {
        Api.Reply reply = admin.put(settingsPath(), settings(before.getInt("timeoutSeconds"), before).toString());
        assertEquals(200, reply.status(), reply::toString);
    }

    private static JsonObject settings(int timeoutSeconds, JsonObject others) {
        return Json.createObjectBuilder().add("timeoutSeconds", timeoutSeconds)
                .add("maxConcurrent", others.getInt("maxConcurrent"))
                .add("cacheTtlSeconds", others.getInt("cacheTtlSeconds")).build();
    }

    String sources() {
        return "/t/" + slug + "/api/v1/datasources";
    }
}
