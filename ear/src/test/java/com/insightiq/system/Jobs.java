package com.insightiq.system;

import jakarta.json.JsonObject;

/** Requests a job through the API and waits until the broker and Jakarta Batch have finished it. */
final class Jobs {
    private Jobs() {
    }

    static long request(Api api, String slug) {
        Api.Reply reply = api.post("/t/" + slug + "/api/v1/jobs", "{\"job\":\"tenant-usage-report\"}");
        if (reply.status() != 202) {
            throw new AssertionError("Job request failed: " + reply);
        }
        return reply.json().getJsonNumber("id").longValue();
    }

    static JsonObject awaitFinished(Api api, String slug, long id) throws InterruptedException {
        return awaitFinished(api, slug, id, java.time.Duration.ofSeconds(60));
    }

    static JsonObject awaitFinished(Api api, String slug, long id, java.time.Duration patience)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + patience.toMillis();
        while (System.currentTimeMillis() < deadline) {
            JsonObject job = api.get("/t/" + slug + "/api/v1/jobs/" + id).json();
            String status = job.getString("status");
            if (status.equals("completed") || status.equals("failed")) {
                return job;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("Job " + id + " of " + slug + " did not finish within " + patience);
    }
}
