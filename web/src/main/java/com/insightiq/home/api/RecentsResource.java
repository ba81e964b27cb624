package com.insightiq.home.api;

import com.insightiq.home.boundary.HomeItem;
import com.insightiq.home.boundary.Recents;
import com.insightiq.platform.api.RequestBodies;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * What the caller opened last: /t/{slug}/api/v1/recents. {@code GET}: their recent questions and dashboards, newest
 * first (only what they may still open); {@code POST {"kind": "question"|"dashboard", "id": …}}: record a view, for
 * clients that show items themselves (the pages record their own).
 */
@Path("v1/recents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecentsResource {
    @Inject
    Recents recents;

    @Inject
    CurrentTenant tenant;

    @GET
    public List<HomeItem> list() {
        return recents.recent(tenant.require());
    }

    @POST
    public Response viewed(ViewForm form) {
        RequestBodies.required(form);
        if (form.id() == null) {
            throw new InvalidInputException("Send {\"kind\": \"question\" or \"dashboard\", \"id\": …}.");
        }
        recents.viewed(tenant.require(), form.kind(), form.id());
        return Response.noContent().build();
    }

    /** A view to record. */
    public record ViewForm(String kind, Long id) {
    }
}
