package com.insightiq.tenancy.api;

import com.insightiq.access.control.RolePermissions;
import com.insightiq.platform.api.ApiErrors;
import com.insightiq.tenancy.boundary.TenantDirectory;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;

/**
 * Resolves the tenant of every request, for pages and API alike: a registered host name, else the path prefix
 * {@code /t/{slug}/}, which is stripped by an internal forward so pages and resources live at one path. Unknown tenant
 * → 404, suspended → 403, a signed-in non-member opening a page → 403. Links that Faces renders get the prefix back
 * through {@link TenantUrls}.
 */
public class TenantFilter extends HttpFilter {
    public static final String TENANT = "com.insightiq.tenant";
    public static final String URL_PREFIX = "com.insightiq.tenant.prefix";

    @Inject
    TenantDirectory directory;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isSharedResource(path)) {
            chain.doFilter(request, response); // scripts, styles, fonts: the same for every tenant, no lookup
            return;
        }
        TenantDirectory.Resolved resolved = directory.resolve(request.getServerName(), path);
        boolean api = resolved.path().startsWith("/api/");
        switch (resolved.state()) {
            case NONE -> {
                chain.doFilter(request, response);
                return;
            }
            case UNKNOWN -> {
                refuse(request, response, api, HttpServletResponse.SC_NOT_FOUND,
                        "There is no tenant '" + resolved.slug() + "'.");
                return;
            }
            case SUSPENDED -> {
                refuse(request, response, api, HttpServletResponse.SC_FORBIDDEN,
                        "The tenant '" + resolved.slug() + "' is suspended. Ask your administrator.");
                return;
            }
            case ACTIVE -> {
                // handled below
            }
        }
        request.setAttribute(TENANT, resolved.slug());
        if (!api && !mayEnter(resolved.slug())) {
            refuse(request, response, false, HttpServletResponse.SC_FORBIDDEN,
                    "You are not a member of '" + resolved.slug() + "'.");
            return;
        }
        if (!resolved.byPath()) {
            chain.doFilter(request, response);
            return;
        }
        String prefix = "/t/" + resolved.slug();
        request.setAttribute(URL_PREFIX, prefix);
        String inner = resolved.path();
        if (inner.equals("/")) {
            response.sendRedirect(request.getContextPath() + prefix + "/home.xhtml");
            return;
        }
        // The query string stays the request's own: repeating it on the dispatcher path would add every parameter a
        // second time (?ids=1&ids=2 would read as 1, 2, 1, 2).
        request.getRequestDispatcher(inner).forward(request, new TenantUrls(response, request.getContextPath(),
                prefix));
    }

    private static boolean isSharedResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/webjars/")
                || path.startsWith("/resources/") || path.equals("/favicon.ico");
    }

    /** Pages need a signed-in member; an anonymous visitor passes on to Shiro's sign-in redirect. */
    private static boolean mayEnter(String slug) {
        Subject subject = SecurityUtils.getSubject();
        if (!subject.isAuthenticated()) {
            return true;
        }
        return subject.isPermitted(RolePermissions.enter(slug));
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean api, int status,
                               String message) throws IOException {
        if (api) {
            ApiErrors.write(response, status, message);
        } else {
            request.setAttribute("com.insightiq.error.message", message);
            response.sendError(status, message);
        }
    }
}
