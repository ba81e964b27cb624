package com.insightiq.viz.api;

import com.insightiq.platform.api.RequestBodies;
import com.insightiq.tenancy.api.CurrentTenant;
import com.insightiq.viz.boundary.ReportZone;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The tenant's reporting time zone: /t/{slug}/api/v1/settings/time-zone. Members read it; tenant admins set it with
 * {@code {"timeZone": "Europe/Berlin"}} (an IANA id; anything else is a 400).
 */
@Path("v1/settings/time-zone")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportZoneResource {
    @Inject
    ReportZone zones;

    @Inject
    CurrentTenant tenant;

    /** The request and response body. */
    public record Zone(String timeZone) {
    }

    @GET
    public Zone get() {
        return new Zone(zones.zoneOf(tenant.require()).getId());
    }

    @PUT
    public Zone change(Zone zone) {
        RequestBodies.required(zone);
        return new Zone(zones.setZone(tenant.require(), zone.timeZone()).getId());
    }
}
