package com.insightiq.home.api;

import com.insightiq.home.boundary.HomeItem;
import com.insightiq.home.boundary.Recents;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Questions and dashboards pinned in the collections the caller can view: GET /t/{slug}/api/v1/pinned. */
@Path("v1/pinned")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PinnedResource {
    @Inject
    Recents recents;

    @Inject
    CurrentTenant tenant;

    @GET
    public List<HomeItem> list() {
        return recents.pinned(tenant.require());
    }
}
