package com.insightiq.catalog.api;

import com.insightiq.catalog.boundary.CatalogViews.SyncInfo;
import com.insightiq.catalog.boundary.CatalogViews.SyncRequest;
import com.insightiq.catalog.boundary.Syncs;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** POST /datasources/{id}/sync: queue a sync (202 with the sync and its job id); body optional {fingerprint}. */
@Path("v1/datasources/{dataSourceId}/sync")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SyncResource {
    @Inject
    Syncs syncs;

    @Inject
    CurrentTenant tenant;

    @POST
    public Response sync(@PathParam("dataSourceId") long dataSourceId, SyncRequest request, @Context UriInfo uri) {
        SyncInfo sync = syncs.request(tenant.require(), dataSourceId, request == null ? null : request.fingerprint());
        return Response.accepted(sync).location(uri.getBaseUriBuilder().path("v1/datasources/{id}/syncs/{sync}")
                .build(dataSourceId, sync.id())).build();
    }
}
