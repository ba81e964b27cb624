package com.insightiq.catalog.api;

import com.insightiq.catalog.boundary.Catalog;
import com.insightiq.catalog.boundary.CatalogViews.TableDetail;
import com.insightiq.catalog.boundary.CatalogViews.TableEdit;
import com.insightiq.platform.api.RequestBodies;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** GET /tables/{id} (with columns, foreign keys, indexes); PUT /tables/{id} {displayName, description, hidden}. */
@Path("v1/tables")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TablesResource {
    @Inject
    Catalog catalog;

    @Inject
    CurrentTenant tenant;

    @GET
    @Path("{id}")
    public TableDetail get(@PathParam("id") long id) {
        return catalog.table(tenant.require(), id);
    }

    @PUT
    @Path("{id}")
    public TableDetail update(@PathParam("id") long id, TableEdit edit) {
        RequestBodies.required(edit);
        return catalog.updateTable(tenant.require(), id, edit);
    }
}
