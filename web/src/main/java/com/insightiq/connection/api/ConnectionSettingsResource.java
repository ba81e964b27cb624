package com.insightiq.connection.api;

import com.insightiq.connection.boundary.ConnectionSettings;
import com.insightiq.platform.api.RequestBodies;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Tenant-wide connection settings: /t/{slug}/api/v1/settings/connections. Tenant admins only. */
@Path("v1/settings/connections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConnectionSettingsResource {
    @Inject
    ConnectionSettings settings;

    @Inject
    CurrentTenant tenant;

    @GET
    public ConnectionSettings.Values get() {
        return settings.get(tenant.require());
    }

    @PUT
    public ConnectionSettings.Values change(ConnectionSettings.Values values) {
        RequestBodies.required(values);
        return settings.change(tenant.require(), values);
    }
}
