package com.insightiq.catalog.api;

import com.insightiq.catalog.boundary.CatalogViews.GlossaryEntry;
import com.insightiq.catalog.boundary.CatalogViews.GlossaryInput;
import com.insightiq.catalog.boundary.Glossary;
import com.insightiq.platform.api.RequestBodies;
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

/** The glossary: GET/POST /glossary, GET/PUT/DELETE /glossary/{id}; {term, definition, synonyms, columnId, expression}. */
@Path("v1/glossary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GlossaryResource {
    @Inject
    Glossary glossary;

    @Inject
    CurrentTenant tenant;

    @GET
    public List<GlossaryEntry> list() {
        return glossary.list(tenant.require());
    }

    @GET
    @Path("{id}")
    public GlossaryEntry get(@PathParam("id") long id) {
        return glossary.get(tenant.require(), id);
    }

    @POST
    public Response create(GlossaryInput input, @Context UriInfo uri) {
        RequestBodies.required(input);
        GlossaryEntry entry = glossary.create(tenant.require(), input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(entry.id())).build()).entity(entry)
                .build();
    }

    @PUT
    @Path("{id}")
    public GlossaryEntry update(@PathParam("id") long id, GlossaryInput input) {
        RequestBodies.required(input);
        return glossary.update(tenant.require(), id, input);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        glossary.delete(tenant.require(), id);
        return Response.noContent().build();
    }
}
