package com.insightiq.dashboard.api;

import com.insightiq.access.api.PublicEndpoint;
import com.insightiq.dashboard.boundary.CardResult;
import com.insightiq.dashboard.boundary.DashboardInfo;
import com.insightiq.dashboard.boundary.FilterChoice;
import com.insightiq.dashboard.boundary.EmbeddedDashboards;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * A dashboard embedded by a signed token (HS256 JWT from the host application), without signing in:
 * /api/v1/embed/dashboards/{jwt} (GET: the dashboard without its locked filters), POST /run (ndjson), POST
 * /cards/{cardId}/run, GET /filters/{filterId}/choices — as the public-link endpoints; locked values always win.
 * Any token problem: 404 "Invalid or expired embedding token." and nothing more.
 */
@Path("v1/embed/dashboards/{jwt}")
@PublicEndpoint
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmbeddedDashboardsResource {
    @Inject
    EmbeddedDashboards dashboards;

    @Context
    HttpHeaders headers;

    @GET
    public DashboardInfo get(@PathParam("jwt") String jwt) {
        return dashboards.get(jwt);
    }

    @POST
    @Path("run")
    @Produces({CardStream.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response runAll(@PathParam("jwt") String jwt, SharingRequests.Run body) {
        dashboards.get(jwt); // a 404 must come before the stream starts
        return Response.ok(CardStream.of(SharingRequests.jsonb(), each -> dashboards.runAll(jwt,
                body == null ? null : body.tab(), SharingRequests.filters(body), SharingRequests.locale(headers),
                each)), CardStream.TYPE).build();
    }

    @POST
    @Path("cards/{cardId}/run")
    public CardResult run(@PathParam("jwt") String jwt, @PathParam("cardId") long cardId,
                          SharingRequests.Run body) {
        return dashboards.run(jwt, cardId, SharingRequests.filters(body), SharingRequests.locale(headers));
    }

    @GET
    @Path("filters/{filterId}/choices")
    public List<FilterChoice> choices(@PathParam("jwt") String jwt, @PathParam("filterId") String filterId,
                                      @QueryParam("q") String search, @Context UriInfo uri) {
        return dashboards.choices(jwt, filterId, search, SharingRequests.filters(uri.getQueryParameters()));
    }
}
