package com.insightiq.dashboard.api;

import com.insightiq.dashboard.boundary.DashboardRuns;
import com.insightiq.dashboard.control.CardRunner;
import com.insightiq.platform.api.JsonConfiguration;
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
import jakarta.ws.rs.core.Response;

/**
 * Every card of a dashboard: {@code POST /t/{slug}/api/v1/dashboards/{id}/run {"filters": {…}, "tab": null}} →
 * {@code application/x-ndjson}, one CardResult per line as each card answers ({@link CardStream}). Access and filter
 * values are checked before the stream starts, so their errors are ordinary JSON 4xx answers.
 */
@Path("v1/dashboards/{id}/run")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
public class DashboardRunsResource {
    @Inject
    DashboardRuns runs;

    @Inject
    CurrentTenant tenant;

    @Context
    HttpServletRequest request;

    @POST
    @Produces({CardStream.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response run(@PathParam("id") long id, String body) {
        RunBody run = RunBody.parse(body);
        CardRunner.PreparedRun prepared = runs.prepareAll(tenant.require(), id, run.tab(), run.filters(),
                request.getLocale());
        return Response.ok(CardStream.of(new JsonConfiguration().getContext(null), prepared::run), CardStream.TYPE)
                .header("Cache-Control", "no-store").header("X-Accel-Buffering", "no").build();
    }
}
