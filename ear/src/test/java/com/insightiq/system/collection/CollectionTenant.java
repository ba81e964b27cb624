package com.insightiq.system.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.insightiq.system.Api;
import com.insightiq.system.Database;
import com.insightiq.system.Tenancy;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * A fresh tenant for collection and search tests: its admin, members, collections made through the API and
 * questions written straight into the tenant schema (the questions API is another capability's).
 */
public final class CollectionTenant {
    public final String slug;
    public final Api admin;

    private CollectionTenant(String slug, Api admin) {
        this.slug = slug;
        this.admin = admin;
    }

    public static CollectionTenant create(String prefix) {
        String slug = Tenancy.uniqueSlug(prefix);
        return new CollectionTenant(slug, Api.signIn(Tenancy.createTenant(Api.platformAdmin(), slug), Tenancy.PASSWORD));
    }

    public Api member(String role, String name) {
        String email = name + "@" + slug.replace('_', '-') + ".test";
        Tenancy.addMember(admin, slug, email, role);
        return Api.signIn(email, Tenancy.PASSWORD);
    }

    public String api(String path) {
        return "/t/" + slug + "/api/v1" + path;
    }

    public static long userId(Api who) {
        return who.get("/api/v1/me").json().getJsonNumber("id").longValue();
    }

    public static JsonObjectBuilder form(String name, Long parentId) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("name", name).add("description", "about " + name);
        return parentId == null ? b.addNull("parentId") : b.add("parentId", parentId);
    }

    /** Creates a collection as {@code who}; 201 expected. */
    public long collection(Api who, String name, Long parentId) {
        Api.Reply reply = who.post(api("/collections"), form(name, parentId).build().toString());
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    public JsonObject outline(Api who) {
        Api.Reply reply = who.get(api("/collections"));
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    /** Names of a collection's items, in the listing's order. */
    public java.util.List<String> itemNames(Api who, String id) {
        Api.Reply reply = who.get(api("/collections/" + id + "/items"));
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().stream().map(JsonValue::asJsonObject).map(o -> o.getString("name")).toList();
    }

    /** A question row in the tenant schema (collection null: root). */
    public long question(String name, String description, Long collectionId, long ownerId) {
        String sql = "INSERT INTO tenant_" + slug + ".question (name, description, data_source_id, sql_text,"
                + " visualization_type, collection_id, owner_id, created_by) VALUES (?, ?, 1, 'SELECT 1', 'table', ?, ?, ?)"
                + " RETURNING id";
        try (Connection c = Database.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            ps.setString(2, description);
            ps.setObject(3, collectionId);
            ps.setLong(4, ownerId);
            ps.setLong(5, ownerId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new AssertionError("Inserting question " + name + " failed: " + e, e);
        }
    }

    public boolean questionArchived(long id) {
        return Database.count("SELECT count(*) FROM tenant_" + slug + ".question WHERE id = ? AND archived_at IS NOT NULL",
                id) == 1;
    }
}
