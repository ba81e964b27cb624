package com.insightiq.dashboard.api;

import com.insightiq.dashboard.boundary.DashboardRuns;
import com.insightiq.dashboard.boundary.FilterChoice;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * What a dashboard filter offers: {@code GET /t/{slug}/api/v1/dashboards/{id}/filters/{filterId}/choices?q=…&
 * {otherFilterId}=…} → [FilterChoice], searched by {@code q}, narrowed by the values of the filters it is linked to.
 */
@Path("v1/dashboards/{id}/filters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DashboardFiltersResource {
    @Inject
    DashboardRuns runs;

    @Inject
    CurrentTenant tenant;

    @GET
    @Path("{filterId}/choices")
    public List<FilterChoice> choices(@PathParam("id") long id, @PathParam("filterId") String filterId,
                                      @QueryParam("q") String q, @Context UriInfo uri) {
        return runs.choices(tenant.require(), id, filterId, q, RunBody.fromQuery(uri.getQueryParameters(), "q"));
    }
}
