package com.insightiq.query.api;

import com.insightiq.platform.api.RequestBodies;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.query.boundary.ExecutionState;
import com.insightiq.query.boundary.HistoryEntry;
import com.insightiq.query.boundary.Queries;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Ad-hoc SQL: /t/{slug}/api/v1/queries. POST waits up to {@code wait} seconds (default 30, at most 120, 0 = answer at
 * once) and answers with the first page (200) or the execution's progress (202 + Location to poll). Waiting is
 * asynchronous (JAX-RS suspended responses): the request thread goes back to the server at once.
 */
@Path("v1/queries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QueriesResource {
    static final int DEFAULT_WAIT = 30;
    static final int MAX_WAIT = 120;

    @Inject
    Queries queries;

    @Inject
    CurrentTenant tenant;

    /** Answers asynchronously: no request thread waits for the database. */
    @POST
    public void run(QueryRequest body, @Context UriInfo uri, @Suspended AsyncResponse async) {
        RequestBodies.required(body);
        Duration wait = waitOf(body.wait, DEFAULT_WAIT);
        String slug = tenant.require();
        ExecutionState state = queries.submit(slug, body.form());
        URI location = location(uri, state.executionId());
        queries.awaitLater(slug, state.executionId(), wait).whenComplete((done, error) ->
                async.resume(error != null ? error : QueryResponses.afterSubmit(done, location)));
    }

    @GET
    @Path("history")
    public List<HistoryEntry> history(@QueryParam("limit") String limit) {
        return queries.history(tenant.require(), number("limit", limit, 50, 1, 500));
    }

    @GET
    @Path("log")
    public List<HistoryEntry> log(@QueryParam("limit") String limit, @QueryParam("userId") String userId) {
        Long user = userId == null || userId.isBlank() ? null
                : (long) number("userId", userId, 0, 1, Integer.MAX_VALUE);
        return queries.log(tenant.require(), number("limit", limit, 50, 1, 500), user);
    }

    /** Progress or result; with {@code offset}/{@code limit} another page of a completed result. */
    @GET
    @Path("{executionId}")
    public void get(@PathParam("executionId") String executionId, @QueryParam("wait") String waitText,
                    @QueryParam("offset") String offsetText, @QueryParam("limit") String limitText,
                    @Context UriInfo uri, @Suspended AsyncResponse async) {
        String slug = tenant.require();
        Duration wait = Duration.ofSeconds(number("wait", waitText, 0, 0, MAX_WAIT));
        URI location = uri.getAbsolutePath();
        if (offsetText == null && limitText == null) {
            queries.awaitLater(slug, executionId, wait).whenComplete((done, error) ->
                    async.resume(error != null ? error : QueryResponses.afterGet(done, location)));
            return;
        }
        ExecutionState state = queries.await(slug, executionId, wait);
        if (!state.finished() || state.result() == null) {
            async.resume(QueryResponses.afterGet(state, location));
            return;
        }
        long offset = number("offset", offsetText, 0, 0, Integer.MAX_VALUE);
        int limit = number("limit", limitText, Math.max(1, state.result().rows().size()), 1, Integer.MAX_VALUE);
        async.resume(QueryResponses.page(queries.page(slug, executionId, offset, limit), state.status()));
    }

    @DELETE
    @Path("{executionId}")
    public Response cancel(@PathParam("executionId") String executionId) {
        queries.cancel(tenant.require(), executionId);
        return Response.noContent().build();
    }

    private static URI location(UriInfo uri, String executionId) {
        return uri.getAbsolutePathBuilder().path(executionId).build();
    }

    private static Duration waitOf(Integer seconds, int fallback) {
        int value = seconds == null ? fallback : seconds;
        if (value < 0 || value > MAX_WAIT) {
            throw new InvalidInputException("wait must be between 0 and " + MAX_WAIT + " seconds.");
        }
        return Duration.ofSeconds(value);
    }

    static int number(String name, String text, int fallback, int min, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name + " must be a whole number.");
        }
        if (value < min || value > max) {
            throw new InvalidInputException(name + " must be between " + min + " and " + max + ".");
        }
        return value;
    }
}
