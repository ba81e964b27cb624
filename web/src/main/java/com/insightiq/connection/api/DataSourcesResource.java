package com.insightiq.connection.api;

import com.insightiq.connection.boundary.ConnectionCheckResult;
import com.insightiq.connection.boundary.DataSourceForm;
import com.insightiq.connection.boundary.DataSourceInfo;
import com.insightiq.connection.boundary.DataSources;
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

/**
 * The tenant's databases: /t/{slug}/api/v1/datasources. Passwords and SSH keys are write-only: accepted in bodies,
 * never in responses.
 */
@Path("v1/datasources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DataSourcesResource {
    @Inject
    DataSources dataSources;

    @Inject
    CurrentTenant tenant;

    @GET
    public List<DataSourceInfo> list() {
        return dataSources.list(tenant.require());
    }

    @POST
    public Response create(DataSourceForm form, @Context UriInfo uri) {
        RequestBodies.required(form);
        DataSourceInfo created = dataSources.create(tenant.require(), form);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    /** Tests a connection before it is saved. A failed connection is an answer (200, ok=false), not an error. */
    @POST
    @Path("test")
    public ConnectionCheckResult test(DataSourceForm form) {
        RequestBodies.required(form);
        return dataSources.test(tenant.require(), null, form);
    }

    @GET
    @Path("{id}")
    public DataSourceInfo get(@PathParam("id") long id) {
        return dataSources.get(tenant.require(), id);
    }

    @PUT
    @Path("{id}")
    public DataSourceInfo update(@PathParam("id") long id, DataSourceForm form) {
        RequestBodies.required(form);
        return dataSources.update(tenant.require(), id, form);
    }

    /** Tests an edited source; secrets left out are the stored ones. */
    @POST
    @Path("{id}/test")
    public ConnectionCheckResult testExisting(@PathParam("id") long id, DataSourceForm form) {
        RequestBodies.required(form);
        return dataSources.test(tenant.require(), id, form);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        dataSources.delete(tenant.require(), id);
        return Response.noContent().build();
    }
}
