package com.insightiq.system.nlq;

import com.insightiq.system.Api;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each loaded database as a PostgreSQL data source of the tenant, reading as the set's read-only role, and the catalog
 * sync that creating it starts (structure, fingerprints, field values) awaited: the engine links words to what it
 * holds.
 */
final class DevSources {
    static final long SYNC_TIMEOUT_MILLIS = 15 * 60_000;

    private DevSources() {
    }

    /** Database name → data source id. */
    static Map<String, Long> register(Api admin, String slug, DevDatabases databases, List<String> names)
            throws InterruptedException {
        String api = "/t/" + slug + "/api/v1/datasources";
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String name : names) {
            Api.Reply created = admin.post(api, Json.createObjectBuilder().add("name", name).add("engine", "postgresql")
                    .add("host", databases.host()).add("port", databases.port())
                    .add("database", DevDatabases.PREFIX + name).add("username", DevDatabases.ROLE)
                    .add("password", DevDatabases.PASSWORD).add("sslMode", "disable").build().toString());
            if (created.status() != 201) {
                throw new AssertionError("Registering " + name + " as a data source failed: " + created);
            }
            ids.put(name, created.json().getJsonNumber("id").longValue());
        }
        for (Map.Entry<String, Long> source : ids.entrySet()) {
            awaitSync(admin, api + "/" + source.getValue() + "/syncs", source.getKey());
        }
        return ids;
    }

    private static void awaitSync(Api admin, String syncs, String name) throws InterruptedException {
        long deadline = System.currentTimeMillis() + SYNC_TIMEOUT_MILLIS;
        JsonObject latest = null;
        while (System.currentTimeMillis() < deadline) {
            JsonArray history = admin.get(syncs).array();
            if (!history.isEmpty()) {
                latest = history.getJsonObject(0);
                String status = latest.getString("status");
                if (status.equals("completed")) {
                    return;
                }
                if (status.equals("failed")) {
                    throw new AssertionError("The catalog sync of " + name + " failed: " + latest);
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The catalog sync of " + name + " did not finish in 15 minutes: " + latest);
    }
}
