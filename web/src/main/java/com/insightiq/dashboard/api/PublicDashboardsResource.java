package com.insightiq.dashboard.api;

import com.insightiq.access.api.PublicEndpoint;
import com.insightiq.dashboard.boundary.CardResult;
import com.insightiq.dashboard.boundary.DashboardInfo;
import com.insightiq.dashboard.boundary.FilterChoice;
import com.insightiq.dashboard.boundary.PublicDashboards;
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
 * A dashboard behind a public link, without signing in: /api/v1/public/dashboards/{token} (GET: the dashboard as a
 * public viewer sees it), POST /run (every card as newline-delimited JSON), POST /cards/{cardId}/run, GET
 * /filters/{filterId}/choices — the same bodies and answers as the signed-in endpoints. Unknown or revoked: 404.
 */
@Path("v1/public/dashboards/{token}")
@PublicEndpoint
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicDashboardsResource {
    @Inject
    PublicDashboards dashboards;

    @Context
    HttpHeaders headers;

    @GET
    public DashboardInfo get(@PathParam("token") String token) {
        return dashboards.get(token);
    }

    @POST
    @Path("run")
    @Produces({CardStream.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response runAll(@PathParam("token") String token, SharingRequests.Run body) {
        dashboards.get(token); // a 404 must come before the stream starts
        return Response.ok(CardStream.of(SharingRequests.jsonb(), each -> dashboards.runAll(token,
                body == null ? null : body.tab(), SharingRequests.filters(body), SharingRequests.locale(headers),
                each)), CardStream.TYPE).build();
    }

    @POST
    @Path("cards/{cardId}/run")
    public CardResult run(@PathParam("token") String token, @PathParam("cardId") long cardId,
                          SharingRequests.Run body) {
        return dashboards.run(token, cardId, SharingRequests.filters(body), SharingRequests.locale(headers));
    }

    @GET
    @Path("filters/{filterId}/choices")
    public List<FilterChoice> choices(@PathParam("token") String token, @PathParam("filterId") String filterId,
                                      @QueryParam("q") String search, @Context UriInfo uri) {
        return dashboards.choices(token, filterId, search, SharingRequests.filters(uri.getQueryParameters()));
    }
}
