package com.insightiq.catalog.api;

import com.insightiq.catalog.boundary.Catalog;
import com.insightiq.catalog.boundary.CatalogViews.ColumnEdit;
import com.insightiq.catalog.boundary.CatalogViews.ColumnInfo;
import com.insightiq.catalog.boundary.CatalogViews.FieldValues;
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

/**
 * GET/PUT /columns/{id} {displayName, description, hidden, semanticType, fkTargetColumnId} (null = back to the
 * derived or synced value); GET /columns/{id}/values: the field values kept for filters and questions.
 */
@Path("v1/columns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ColumnsResource {
    @Inject
    Catalog catalog;

    @Inject
    CurrentTenant tenant;

    @GET
    @Path("{id}")
    public ColumnInfo get(@PathParam("id") long id) {
        return catalog.column(tenant.require(), id);
    }

    @PUT
    @Path("{id}")
    public ColumnInfo update(@PathParam("id") long id, ColumnEdit edit) {
        RequestBodies.required(edit);
        return catalog.updateColumn(tenant.require(), id, edit);
    }

    @GET
    @Path("{id}/values")
    public FieldValues values(@PathParam("id") long id) {
        return catalog.values(tenant.require(), id);
    }
}
