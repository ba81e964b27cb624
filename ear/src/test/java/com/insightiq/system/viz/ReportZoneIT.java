package com.insightiq.system.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.insightiq.system.Api;
import com.insightiq.system.Tenancy;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tenant's reporting time zone over REST ({@code /t/{slug}/api/v1/settings/time-zone}): members read it, tenant
 * admins set it, analysts may not (403), anything but a zone id is a 400, and another tenant keeps its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportZoneIT {
    @Test
    void tenantAdminsSetTheZoneMembersReadItOtherTenantsKeepTheirs() {
        String slug = Tenancy.uniqueSlug("zone");
        String other = Tenancy.uniqueSlug("zoneother");
        Api admin = Api.signIn(Tenancy.createTenant(Api.platformAdmin(), slug), Tenancy.PASSWORD);
        Api otherAdmin = Api.signIn(Tenancy.createTenant(Api.platformAdmin(), other), Tenancy.PASSWORD);
        String analystEmail = "analyst@" + slug.replace('_', '-') + ".test";
        Tenancy.addMember(admin, slug, analystEmail, "analyst");
        Api analyst = Api.signIn(analystEmail, Tenancy.PASSWORD);
        String zone = "/t/" + slug + "/api/v1/settings/time-zone";

        assertEquals("UTC", zoneOf(admin.get(zone)), "the operator's default until an admin chooses");

        Api.Reply set = admin.put(zone, "{\"timeZone\": \"Europe/Berlin\"}");
        assertEquals(200, set.status(), set::toString);
        assertEquals("Europe/Berlin", zoneOf(set));
        assertEquals("Europe/Berlin", zoneOf(admin.get(zone)));
        assertEquals("Europe/Berlin", zoneOf(analyst.get(zone)), "members read the zone their charts use");

        analyst.put(zone, "{\"timeZone\": \"America/New_York\"}").isJsonError(403);
        admin.put(zone, "{\"timeZone\": \"Mars/Olympus_Mons\"}").isJsonError(400);
        admin.put(zone, "{\"timeZone\": \"" + "x".repeat(10_000) + "\"}").isJsonError(400);
        admin.put(zone, "{\"timeZone\": 5}").isJsonError(400);
        admin.put(zone, "{\"timeZone\": \"<script>alert(1)</script>\"}").isJsonError(400);
        assertEquals("Europe/Berlin", zoneOf(admin.get(zone)), "refused changes change nothing");

        assertEquals("UTC", zoneOf(otherAdmin.get("/t/" + other + "/api/v1/settings/time-zone")),
                "another tenant keeps its own zone");
        otherAdmin.put(zone, "{\"timeZone\": \"Asia/Tokyo\"}").isJsonError(403);
        assertEquals("Europe/Berlin", zoneOf(admin.get(zone)), "another tenant's admin cannot change it");
    }

    private static String zoneOf(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getString("timeZone");
    }
}
