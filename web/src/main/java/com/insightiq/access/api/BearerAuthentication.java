package com.insightiq.access.api;

import com.insightiq.access.boundary.SignIn;
import com.insightiq.access.control.UserPrincipal;
import com.insightiq.platform.api.ApiErrors;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;

/**
 * The API signs in by bearer token only, never by the browser's session cookie (so a page cannot be tricked into
 * calling it). A valid token becomes a Shiro subject bound to this request's thread, without any HTTP session; Shiro's
 * filter restores the thread's previous state when the request ends.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthentication implements ContainerRequestFilter {
    static final String PREFIX = "Bearer ";

    @Inject
    SignIn signIn;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String> token = token(request);
        if (token.isPresent()) {
            Optional<UserPrincipal> principal = signIn.principalForToken(token.get());
            if (principal.isEmpty() && isPublic()) {
                return; // a stale token must not stop anyone from signing in again
            }
            if (principal.isEmpty()) {
                request.abortWith(ApiErrors.response(401,
                        "The token is invalid or has expired. Sign in again: POST /api/v1/session."));
                return;
            }
            Subject subject = new Subject.Builder(SecurityUtils.getSecurityManager())
                    .principals(new SimplePrincipalCollection(principal.get(), AccountRealm.class.getName()))
                    .authenticated(true)
                    .sessionCreationEnabled(false)
                    .buildSubject();
            ThreadContext.bind(subject);
            return;
        }
        if (!isPublic()) {
            // Drop a browser session's subject so the API never acts on a cookie.
            ThreadContext.bind(new Subject.Builder(SecurityUtils.getSecurityManager())
                    .sessionCreationEnabled(false).buildSubject());
            request.abortWith(ApiErrors.response(401,
                    "Sign in first: POST /api/v1/session, then send Authorization: Bearer <token>."));
        }
    }

    static Optional<String> token(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(PREFIX.length()).trim());
    }

    private boolean isPublic() {
        return resource != null && resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(PublicEndpoint.class)
                || resource.getResourceClass().isAnnotationPresent(PublicEndpoint.class));
    }
}
