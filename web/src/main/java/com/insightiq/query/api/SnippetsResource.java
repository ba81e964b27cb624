package com.insightiq.query.api;

import com.insightiq.platform.api.RequestBodies;
import com.insightiq.query.boundary.SnippetForm;
import com.insightiq.query.boundary.SnippetInfo;
import com.insightiq.query.boundary.Snippets;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The tenant's SQL snippets: /t/{slug}/api/v1/snippets. */
@Path("v1/snippets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SnippetsResource {
    @Inject
    Snippets snippets;

    @Inject
    CurrentTenant tenant;

    @GET
    public List<SnippetInfo> list() {
        return snippets.list(tenant.require());
    }

    @POST
    public Response create(SnippetForm form, @Context UriInfo uri) {
        RequestBodies.required(form);
        SnippetInfo created = snippets.create(tenant.require(), form);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public SnippetInfo get(@PathParam("id") long id) {
        return snippets.get(tenant.require(), id);
    }

    @PUT
    @Path("{id}")
    public SnippetInfo update(@PathParam("id") long id, SnippetForm form) {
        RequestBodies.required(form);
        return snippets.update(tenant.require(), id, form);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        snippets.delete(tenant.require(), id);
        return Response.noContent().build();
    }
}
