package com.insightiq.dashboard.api;

import com.insightiq.dashboard.boundary.DashboardForm;
import com.insightiq.dashboard.boundary.DashboardInfo;
import com.insightiq.dashboard.boundary.Dashboards;
import com.insightiq.platform.api.RequestBodies;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.question.boundary.RevisionInfo;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Dashboards: /t/{slug}/api/v1/dashboards. {@code DELETE /{id}} moves a dashboard to the trash;
 * {@code DELETE /{id}?permanent=true} deletes one already in the trash for good. Runs, filter choices, public links
 * and embedding live in their own resources under {@code /{id}/…}.
 */
@Path("v1/dashboards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DashboardsResource {
    @Inject
    Dashboards dashboards;

    @Inject
    CurrentTenant tenant;

    /** {@code ?collection=} a collection id, or "root" / absent for "Our analytics". */
    @GET
    public List<DashboardInfo> list(@QueryParam("collection") String collection) {
        return dashboards.list(tenant.require(), collectionId(collection));
    }

    @POST
    public Response create(DashboardForm form, @Context UriInfo uri) {
        RequestBodies.required(form);
        DashboardInfo created = dashboards.create(tenant.require(), form);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public DashboardInfo get(@PathParam("id") long id) {
        return dashboards.get(tenant.require(), id);
    }

    @PUT
    @Path("{id}")
    public DashboardInfo update(@PathParam("id") long id, DashboardForm form) {
        RequestBodies.required(form);
        return dashboards.update(tenant.require(), id, form);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("permanent") String permanent) {
        if ("true".equals(permanent)) {
            dashboards.delete(tenant.require(), id);
        } else if (permanent == null || "false".equals(permanent)) {
            dashboards.archive(tenant.require(), id);
        } else {
            throw new InvalidInputException("permanent must be true or false.");
        }
        return Response.noContent().build();
    }

    /** Out of the trash, back where it was. */
    @POST
    @Path("{id}/restore")
    public DashboardInfo restore(@PathParam("id") long id) {
        return dashboards.restore(tenant.require(), id);
    }

    @POST
    @Path("{id}/duplicate")
    public Response duplicate(@PathParam("id") long id, DashboardRequests.Duplicate body, @Context UriInfo uri) {
        DashboardInfo copy = dashboards.duplicate(tenant.require(), id, body == null ? null : body.name(),
                body == null ? null : body.collectionId());
        return Response.created(uri.getBaseUriBuilder().path(DashboardsResource.class)
                .path(Long.toString(copy.id())).build()).entity(copy).build();
    }

    @POST
    @Path("{id}/move")
    public DashboardInfo move(@PathParam("id") long id, DashboardRequests.Move body) {
        RequestBodies.required(body);
        return dashboards.move(tenant.require(), id, body.collectionId());
    }

    @POST
    @Path("{id}/pin")
    public DashboardInfo pin(@PathParam("id") long id, DashboardRequests.Pin body) {
        return dashboards.pin(tenant.require(), id, body == null || body.pinned() == null || body.pinned());
    }

    @DELETE
    @Path("{id}/pin")
    public DashboardInfo unpin(@PathParam("id") long id) {
        return dashboards.pin(tenant.require(), id, false);
    }

    @GET
    @Path("{id}/revisions")
    public List<RevisionInfo> revisions(@PathParam("id") long id) {
        return dashboards.revisions(tenant.require(), id);
    }

    @POST
    @Path("{id}/revisions/{number}/restore")
    public DashboardInfo restoreRevision(@PathParam("id") long id, @PathParam("number") int number) {
        return dashboards.restoreRevision(tenant.require(), id, number);
    }

    private static Long collectionId(String text) {
        if (text == null || text.isBlank() || "root".equals(text.trim())) {
            return null;
        }
        try {
            long value = Long.parseLong(text.trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the sentence below
        }
        throw new InvalidInputException("collection must be a collection id or root.");
    }
}
