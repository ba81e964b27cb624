package com.insightiq.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Long work goes API → JMS (Artemis) → MDB → Jakarta Batch, and lands in the requesting tenant's schema. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JobsIT {


    @Test
    void usageReportRunsThroughTheBrokerAndBatchInTheRightSchema() throws Exception {
        Api platform = Api.platformAdmin();
        String slug = Tenancy.uniqueSlug("jobs");
        String other = Tenancy.uniqueSlug("quiet");
        Api admin = Api.signIn(Tenancy.createTenant(platform, slug), Tenancy.PASSWORD);
        Tenancy.createTenant(platform, other);
        Tenancy.addMember(admin, slug, "analyst@" + slug.replace('_', '-') + ".test", "analyst");
        Tenancy.addMember(admin, slug, "viewer1@" + slug.replace('_', '-') + ".test", "viewer");
        Tenancy.addMember(admin, slug, "viewer2@" + slug.replace('_', '-') + ".test", "viewer");

        long id = Jobs.request(admin, slug);
        JsonObject job = Jobs.awaitFinished(admin, slug, id);
        assertEquals("completed", job.getString("status"), job.toString());
        JsonObject summary = Json.createReader(new StringReader(job.getString("summary"))).readObject();
        assertEquals(slug, summary.getString("tenant"));
        assertEquals(1, summary.getInt("admins"));
        assertEquals(1, summary.getInt("analysts"));
        assertEquals(2, summary.getInt("viewers"));
        assertTrue(summary.getInt("tables") >= 3, summary.toString());

        assertEquals(1, Database.count("SELECT count(*) FROM tenant_" + slug + ".usage_snapshot WHERE job_run_id = ?", id));
        assertEquals(0, Database.count("SELECT count(*) FROM tenant_" + other + ".usage_snapshot"));
        assertEquals(0, Database.count("SELECT count(*) FROM tenant_" + other + ".job_run"));
        assertTrue(Database.count("SELECT count(*) FROM tenant_" + slug + ".job_run WHERE id = ? AND execution_id IS NOT NULL", id) == 1);
        assertTrue(admin.get("/t/" + slug + "/api/v1/jobs").body().contains("\"id\":" + id));
        assertTrue(Database.count("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'batch'") > 0,
                "the Jakarta Batch job repository lives in the application database, schema batch");
    }

    @Test
    void viewersCannotRunJobsAndUnknownJobsAreRefused() {
        Api platform = Api.platformAdmin();
        String slug = Tenancy.uniqueSlug("deny");
        Api admin = Api.signIn(Tenancy.createTenant(platform, slug), Tenancy.PASSWORD);
        String viewerEmail = "viewer@" + slug.replace('_', '-') + ".test";
        Tenancy.addMember(admin, slug, viewerEmail, "viewer");
        Api viewer = Api.signIn(viewerEmail, Tenancy.PASSWORD);
        viewer.post("/t/" + slug + "/api/v1/jobs", "{\"job\":\"tenant-usage-report\"}").isJsonError(403);
        admin.post("/t/" + slug + "/api/v1/jobs", "{\"job\":\"format-disk\"}").isJsonError(400);
        assertEquals(0, Database.count("SELECT count(*) FROM tenant_" + slug + ".job_run"));
    }
}
