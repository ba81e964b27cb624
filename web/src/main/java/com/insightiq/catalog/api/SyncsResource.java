package com.insightiq.catalog.api;

import com.insightiq.catalog.boundary.CatalogViews.SyncInfo;
import com.insightiq.catalog.boundary.Syncs;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** GET /datasources/{id}/syncs (newest first, progress and counts) and GET …/syncs/{syncId}. */
@Path("v1/datasources/{dataSourceId}/syncs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SyncsResource {
    @Inject
    Syncs syncs;

    @Inject
    CurrentTenant tenant;

    @GET
    public List<SyncInfo> history(@PathParam("dataSourceId") long dataSourceId) {
        return syncs.history(tenant.require(), dataSourceId);
    }

    @GET
    @Path("{syncId}")
    public SyncInfo get(@PathParam("dataSourceId") long dataSourceId, @PathParam("syncId") long syncId) {
        return syncs.get(tenant.require(), dataSourceId, syncId);
    }
}
