package com.insightiq.dashboard.api;

import com.insightiq.dashboard.boundary.DashboardInfo;
import com.insightiq.dashboard.boundary.EmbeddedDashboards;
import com.insightiq.platform.api.RequestBodies;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Signed embedding of one dashboard on or off: PUT /t/{slug}/api/v1/dashboards/{id}/embedding {@code {"enabled": true}}
 * (tenant admins; the admin who turns it on is the member whose rights the embedded runs use).
 */
@Path("v1/dashboards/{id}/embedding")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DashboardEmbeddingResource {
    @Inject
    EmbeddedDashboards embedded;

    @Inject
    CurrentTenant tenant;

    @PUT
    public DashboardInfo enable(@PathParam("id") long id, SharingRequests.Embedding body) {
        RequestBodies.required(body);
        if (body.enabled() == null) {
            throw new InvalidInputException("Send {\"enabled\": true} or {\"enabled\": false}.");
        }
        return embedded.enable(tenant.require(), id, body.enabled());
    }
}
