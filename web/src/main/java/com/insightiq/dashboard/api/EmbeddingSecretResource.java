package com.insightiq.dashboard.api;

import com.insightiq.dashboard.boundary.EmbeddedDashboards;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The tenant's embedding secret, tenant admins only: GET /t/{slug}/api/v1/settings/embedding-secret answers
 * {@code {"secret"}} (made on first read); POST …/rotate makes a new one, and tokens signed with the old stop working.
 */
@Path("v1/settings/embedding-secret")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EmbeddingSecretResource {
    @Inject
    EmbeddedDashboards embedded;

    @Inject
    CurrentTenant tenant;

    @GET
    public SharingRequests.Secret secret() {
        return new SharingRequests.Secret(embedded.secret(tenant.require()));
    }

    @POST
    @Path("rotate")
    public SharingRequests.Secret rotate() {
        return new SharingRequests.Secret(embedded.rotateSecret(tenant.require()));
    }
}
