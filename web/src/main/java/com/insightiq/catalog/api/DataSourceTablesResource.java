package com.insightiq.catalog.api;

import com.insightiq.catalog.boundary.Catalog;
import com.insightiq.catalog.boundary.CatalogViews.TableSummary;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** GET /datasources/{id}/tables: the tables and views the last sync found, hidden ones flagged. */
@Path("v1/datasources/{dataSourceId}/tables")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DataSourceTablesResource {
    @Inject
    Catalog catalog;

    @Inject
    CurrentTenant tenant;

    @GET
    public List<TableSummary> tables(@PathParam("dataSourceId") long dataSourceId) {
        return catalog.tables(tenant.require(), dataSourceId);
    }
}
