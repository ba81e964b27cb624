package com.insightiq.dashboard.api;

import com.insightiq.dashboard.boundary.CardResult;
import com.insightiq.dashboard.boundary.DashboardRuns;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * One card of a dashboard: {@code POST /t/{slug}/api/v1/dashboards/{id}/cards/{cardId}/run {"filters": {…}}} →
 * {@link CardResult} (a failing query is status "error" in a 200; bad filter values are 400).
 */
@Path("v1/dashboards/{id}/cards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DashboardCardsResource {
    @Inject
    DashboardRuns runs;

    @Inject
    CurrentTenant tenant;

    @Context
    HttpServletRequest request;

    @POST
    @Path("{cardId}/run")
    public CardResult run(@PathParam("id") long id, @PathParam("cardId") long cardId, String body) {
        RunBody run = RunBody.parse(body);
        return runs.run(tenant.require(), id, cardId, run.filters(), request.getLocale());
    }
}
