package com.insightiq.access.api;

import com.insightiq.access.boundary.Accounts;
import com.insightiq.access.boundary.Profile;
import com.insightiq.platform.api.RequestBodies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The signed-in user and their memberships. */
@Path("v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {
    @Inject
    Accounts accounts;

    public record ProfileChange(String name, String timeZone) {
    }

    @GET
    public Profile me() {
        return accounts.me();
    }

    @PUT
    public Profile change(ProfileChange change) {
        RequestBodies.required(change);
        accounts.updateProfile(change.name(), change.timeZone());
        return accounts.me();
    }
}
