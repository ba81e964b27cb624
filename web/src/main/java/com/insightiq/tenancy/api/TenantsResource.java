package com.insightiq.tenancy.api;

import com.insightiq.platform.api.RequestBodies;
import com.insightiq.tenancy.boundary.TenantInfo;
import com.insightiq.tenancy.boundary.Tenants;
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

/** Platform administration of tenants: /api/v1/tenants. Deleting needs ?confirm={slug}. */
@Path("v1/tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantsResource {
    @Inject
    Tenants tenants;

    @GET
    public List<TenantInfo> list() {
        return tenants.list();
    }

    @GET
    @Path("{slug}")
    public TenantInfo get(@PathParam("slug") String slug) {
        return tenants.get(slug);
    }

    @POST
    public Response create(Tenants.NewTenant request, @Context UriInfo uri) {
        RequestBodies.required(request);
        TenantInfo created = tenants.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.slug()).build()).entity(created).build();
    }

    @PUT
    @Path("{slug}")
    public TenantInfo change(@PathParam("slug") String slug, Tenants.TenantChange change) {
        RequestBodies.required(change);
        return tenants.change(slug, change);
    }

    @DELETE
    @Path("{slug}")
    public Response delete(@PathParam("slug") String slug, @QueryParam("confirm") String confirm) {
        tenants.delete(slug, confirm);
        return Response.noContent().build();
    }
}
