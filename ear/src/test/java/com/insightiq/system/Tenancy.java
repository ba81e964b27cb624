package com.insightiq.system;

import jakarta.json.Json;
import java.util.UUID;

/** Creates tenants and members for one test, with unique names: tests share the database but not their data. */
public final class Tenancy {
    public static final String PASSWORD = "Correct-Horse-Battery-9";

    private Tenancy() {
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** Creates a tenant whose admin is a new user; returns the admin's e-mail. */
    public static String createTenant(Api platform, String slug) {
        String admin = "admin@" + slug.replace('_', '-') + ".test";
        Api.Reply reply = platform.post("/api/v1/tenants", Json.createObjectBuilder().add("slug", slug)
                .add("name", "Tenant " + slug).add("adminEmail", admin).add("adminPassword", PASSWORD).build()
                .toString());
        if (reply.status() != 201) {
            throw new AssertionError("Creating " + slug + " failed: " + reply);
        }
        return admin;
    }

    /** Adds a new user with a role; returns the membership id. */
    public static long addMember(Api tenantAdmin, String slug, String email, String role) {
        Api.Reply reply = tenantAdmin.post("/t/" + slug + "/api/v1/members", Json.createObjectBuilder()
                .add("email", email).add("name", "Member " + role).add("role", role).add("password", PASSWORD)
                .build().toString());
        if (reply.status() != 201) {
            throw new AssertionError("Adding " + email + " failed: " + reply);
        }
        return reply.json().getJsonNumber("id").longValue();
    }
}
