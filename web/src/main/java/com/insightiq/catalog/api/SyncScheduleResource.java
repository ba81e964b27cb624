package com.insightiq.catalog.api;

import com.insightiq.catalog.boundary.CatalogViews.ScheduleChange;
import com.insightiq.catalog.boundary.CatalogViews.ScheduleInfo;
import com.insightiq.catalog.boundary.Syncs;
import com.insightiq.platform.api.RequestBodies;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** GET/PUT /datasources/{id}/schedule {schedule: "daily HH:MM" (UTC) | "off"}. */
@Path("v1/datasources/{dataSourceId}/schedule")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SyncScheduleResource {
    @Inject
    Syncs syncs;

    @Inject
    CurrentTenant tenant;

    @GET
    public ScheduleInfo get(@PathParam("dataSourceId") long dataSourceId) {
        return syncs.schedule(tenant.require(), dataSourceId);
    }

    @PUT
    public ScheduleInfo set(@PathParam("dataSourceId") long dataSourceId, ScheduleChange change) {
        RequestBodies.required(change);
        return syncs.reschedule(tenant.require(), dataSourceId, change.schedule());
    }
}
