package com.insightiq.tenancy.api;

import com.insightiq.platform.control.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The tenant this request is for, as {@link TenantFilter} resolved it (host name or {@code /t/{slug}/}). Only the
 * slug: boundaries look the tenant up again and check membership themselves.
 */
@RequestScoped
public class CurrentTenant {
    @Inject
    HttpServletRequest request;

    public Optional<String> slug() {
        return Optional.ofNullable((String) request.getAttribute(TenantFilter.TENANT));
    }

    /** The slug, or a 404 telling the caller how tenant URLs look. */
    public String require() {
        return slug().orElseThrow(() -> new NotFoundException(
                "This address names no tenant. Use /t/{tenant}/… or a tenant's own host name."));
    }

    /** Absolute path prefix for links inside this tenant, e.g. "/t/acme" or "" when the host names the tenant. */
    public String base() {
        String prefix = (String) request.getAttribute(TenantFilter.URL_PREFIX);
        return request.getContextPath() + (prefix == null ? "" : prefix);
    }

    /** A link to a page of this tenant, e.g. url("/home.xhtml"). */
    public String url(String path) {
        return base() + path;
    }
}
