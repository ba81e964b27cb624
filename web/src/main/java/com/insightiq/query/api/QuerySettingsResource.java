package com.insightiq.query.api;

import com.insightiq.platform.api.RequestBodies;
import com.insightiq.query.boundary.QuerySettings;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Tenant-wide query settings: /t/{slug}/api/v1/settings/queries. Tenant admins only. */
@Path("v1/settings/queries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuerySettingsResource {
    @Inject
    QuerySettings settings;

    @Inject
    CurrentTenant tenant;

    @GET
    public QuerySettings.Values get() {
        return settings.get(tenant.require());
    }

    @PUT
    public QuerySettings.Values change(QuerySettings.Change change) {
        RequestBodies.required(change);
        return settings.change(tenant.require(), change);
    }
}
