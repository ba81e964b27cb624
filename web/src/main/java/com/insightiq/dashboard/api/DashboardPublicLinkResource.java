package com.insightiq.dashboard.api;

import com.insightiq.dashboard.boundary.PublicDashboards;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A dashboard's public link: /t/{slug}/api/v1/dashboards/{id}/public-link. POST creates it (or answers the existing
 * one) as {@code {token, url}}; DELETE revokes it. Both need the right to edit the dashboard.
 */
@Path("v1/dashboards/{id}/public-link")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DashboardPublicLinkResource {
    @Inject
    PublicDashboards publicDashboards;

    @Inject
    CurrentTenant tenant;

    @Context
    HttpServletRequest request;

    @POST
    public SharingRequests.Link share(@PathParam("id") long id) {
        String token = publicDashboards.share(tenant.require(), id);
        return new SharingRequests.Link(token, SharingRequests.publicPage(request, token));
    }

    @DELETE
    public Response unshare(@PathParam("id") long id) {
        publicDashboards.unshare(tenant.require(), id);
        return Response.noContent().build();
    }
}
