package com.insightiq.access.api;

import com.insightiq.access.boundary.Accounts;
import com.insightiq.platform.api.RequestBodies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Forgotten passwords: ask for a one-time link, then set a new password with its token. */
@Path("v1/password-reset")
@RequestScoped
@PublicEndpoint
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResetResource {
    @Inject
    Accounts accounts;

    @Context
    HttpServletRequest request;

    public record ResetRequest(String email) {
    }

    public record NewPassword(String token, String password) {
    }

    /** Always 202, whether or not the address has an account. */
    @POST
    public Response request(ResetRequest body) {
        RequestBodies.required(body);
        if (body.email() != null && body.email().length() <= 254) {
            accounts.requestPasswordReset(body.email(), ResetLinks.resetPage(request));
        }
        return Response.accepted().build();
    }

    @PUT
    public Response reset(NewPassword body) {
        RequestBodies.required(body);
        accounts.resetPassword(body.token(), body.password());
        return Response.noContent().build();
    }
}
