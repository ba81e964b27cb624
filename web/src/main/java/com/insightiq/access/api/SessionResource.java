package com.insightiq.access.api;

import com.insightiq.access.boundary.Accounts;
import com.insightiq.access.boundary.Profile;
import com.insightiq.access.boundary.SignIn;
import com.insightiq.platform.api.ApiErrors;
import com.insightiq.platform.api.RequestBodies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** API sign-in: e-mail and password in, bearer token and the caller's tenants out. */
@Path("v1/session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {
    @Inject
    SignIn signIn;

    @Inject
    Accounts accounts;

    public record Credentials(String email, String password) {
    }

    public record Session(String token, Instant expiresAt, Profile user, List<Profile.TenantMembership> tenants) {
    }

    @POST
    @PublicEndpoint
    @Operation(summary = "Sign in; returns a bearer token and the tenants you belong to")
    public Response signIn(Credentials credentials) {
        RequestBodies.required(credentials);
        if (credentials.email() == null || credentials.password() == null
                || credentials.email().length() > 254 || credentials.password().length() > 1024) {
            return ApiErrors.response(400, "Send {\"email\": …, \"password\": …}.");
        }
        SignIn.Attempt attempt = signIn.attempt(credentials.email(), credentials.password());
        switch (attempt.outcome()) {
            case WRONG_CREDENTIALS -> {
                return ApiErrors.response(401, "Wrong e-mail or password.");
            }
            case LOCKED -> {
                long seconds = Math.max(1, Duration.between(Instant.now(), attempt.lockedUntil()).toSeconds());
                return Response.fromResponse(ApiErrors.response(429,
                                "This account is locked after " + SignIn.MAX_FAILED_ATTEMPTS
                                        + " failed sign-ins. Try again in " + (seconds / 60 + 1)
                                        + " minutes or reset the password."))
                        .header(HttpHeaders.RETRY_AFTER, seconds).build();
            }
            case SIGNED_IN -> {
                // handled below
            }
        }
        SignIn.IssuedToken issued = signIn.issueToken(attempt.principal());
        ThreadContext.bind(new Subject.Builder(SecurityUtils.getSecurityManager())
                .principals(new SimplePrincipalCollection(attempt.principal(), AccountRealm.class.getName()))
                .authenticated(true).sessionCreationEnabled(false).buildSubject());
        Profile me = accounts.me();
        return Response.status(Response.Status.CREATED)
                .entity(new Session(issued.token(), issued.expiresAt(), me, me.tenants())).build();
    }

    @DELETE
    @Operation(summary = "Sign out: the bearer token stops working")
    public Response signOut(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        signIn.revokeToken(authorization.substring(BearerAuthentication.PREFIX.length()).trim());
        return Response.noContent().build();
    }
}
