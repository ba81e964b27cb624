package com.insightiq.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A member of one tenant (globex) tries another tenant's (acme's) URLs and ids on every endpoint of the foundation:
 * 403 for the other tenant's URLs, 404 for its ids in their own URLs, and no row ever crosses schemas.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantIsolationIT {


    @Test
    void globexMembersNeverReachAcmeData() throws Exception {
        Api platform = Api.platformAdmin();
        String acme = Tenancy.uniqueSlug("acme");
        String globex = Tenancy.uniqueSlug("globex");
        Api acmeAdmin = Api.signIn(Tenancy.createTenant(platform, acme), Tenancy.PASSWORD);
        Api globexAdmin = Api.signIn(Tenancy.createTenant(platform, globex), Tenancy.PASSWORD);
        long acmeMember = Tenancy.addMember(acmeAdmin, acme, "ana@" + acme.replace('_', '-') + ".test", "analyst");
        long acmeJob = Jobs.request(acmeAdmin, acme);
        Jobs.awaitFinished(acmeAdmin, acme, acmeJob);

        // acme's URLs: not a member → 403 on every endpoint, reads and writes alike
        String a = "/t/" + acme + "/api/v1";
        globexAdmin.get(a + "/members").isJsonError(403);
        globexAdmin.get(a + "/members/" + acmeMember).isJsonError(403);
        globexAdmin.post(a + "/members", "{\"email\":\"spy@globex.test\",\"role\":\"admin\",\"password\":\""
                + Tenancy.PASSWORD + "\"}").isJsonError(403);
        globexAdmin.put(a + "/members/" + acmeMember, "{\"role\":\"viewer\"}").isJsonError(403);
        globexAdmin.delete(a + "/members/" + acmeMember).isJsonError(403);
        globexAdmin.get(a + "/jobs").isJsonError(403);
        globexAdmin.get(a + "/jobs/" + acmeJob).isJsonError(403);
        globexAdmin.post(a + "/jobs", "{\"job\":\"tenant-usage-report\"}").isJsonError(403);
        globexAdmin.get("/api/v1/tenants/" + acme).isJsonError(403);
        globexAdmin.put("/api/v1/tenants/" + acme, "{\"status\":\"suspended\"}").isJsonError(403);

        // acme's ids in globex's own URLs → 404, as if they did not exist
        String g = "/t/" + globex + "/api/v1";
        globexAdmin.get(g + "/members/" + acmeMember).isJsonError(404);
        globexAdmin.put(g + "/members/" + acmeMember, "{\"role\":\"viewer\"}").isJsonError(404);
        globexAdmin.delete(g + "/members/" + acmeMember).isJsonError(404);
        long globexJobs = Database.count("SELECT count(*) FROM tenant_" + globex + ".job_run");
        if (globexJobs == 0) {
            globexAdmin.get(g + "/jobs/" + acmeJob).isJsonError(404);
        }
        assertFalse(globexAdmin.get(g + "/members").body().contains("ana@"));
        assertEquals("[]", globexAdmin.get(g + "/jobs").body());

        // nothing changed in acme, nothing leaked into globex
        assertEquals("analyst", acmeAdmin.get(a + "/members/" + acmeMember).json().getString("role"));
        assertEquals(1, Database.count("SELECT count(*) FROM tenant_" + acme + ".job_run"));
        assertEquals(0, Database.count("SELECT count(*) FROM tenant_" + globex + ".job_run"));
        assertEquals(0, Database.count("SELECT count(*) FROM tenant_" + globex + ".usage_snapshot"));
        assertEquals(0, Database.count("SELECT count(*) FROM control.membership m JOIN control.app_user u "
                + "ON u.id = m.user_id WHERE u.email = 'spy@globex.test'"));
    }
}
