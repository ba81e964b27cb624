package com.insightiq.platform.view;

import com.insightiq.access.api.ResetLinks;
import com.insightiq.access.boundary.Profile;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * Where links point. Pages live once at the root; a tenant is in the URL ({@code /t/acme/…}) or in the host name, so
 * links are built here, never written by hand, and stay in the tenant the person is in.
 */
@Named("links")
@RequestScoped
public class Links {
    @Inject
    CurrentTenant currentTenant;

    @Inject
    CurrentUser currentUser;

    public boolean isInTenant() {
        return currentTenant.slug().isPresent();
    }

    public String getTenantSlug() {
        return currentTenant.slug().orElse(null);
    }

    /** A page in the tenant of this page, or outside any tenant when this page is outside one. */
    public String to(String path) {
        return currentTenant.url(path);
    }

    /** A page that needs a tenant: in this page's tenant, else in the person's first one (else the page explains). */
    public String tenantPage(String path) {
        if (isInTenant() || !currentUser.isSignedIn()) {
            return to(path);
        }
        List<Profile.TenantMembership> tenants = currentUser.getTenants();
        return tenants.isEmpty() ? app(path) : tenant(tenants.get(0).slug(), path);
    }

    public String tenantHome(String slug) {
        return tenant(slug, "/home.xhtml");
    }

    /** A page outside any tenant, such as sign-in. */
    public String app(String path) {
        return contextPath() + path;
    }

    /** Where a person lands after signing in: their first tenant, the tenant list for platform admins, else home. */
    public String startPage() {
        if (!currentUser.isSignedIn()) {
            return app("/sign-in.xhtml");
        }
        List<Profile.TenantMembership> tenants = currentUser.getTenants();
        if (!tenants.isEmpty()) {
            return tenantHome(tenants.get(0).slug());
        }
        return app(currentUser.isPlatformAdmin() ? "/settings/tenants.xhtml" : "/home.xhtml");
    }

    /** The absolute address of the page that takes a reset token; boundaries put it into e-mails. */
    public String resetPage() {
        return ResetLinks.resetPage(request());
    }

    /** A page in the named tenant, e.g. tenant("acme", "/home.xhtml"). */
    public String tenant(String slug, String path) {
        return contextPath() + "/t/" + slug + path;
    }

    private String contextPath() {
        return request().getContextPath();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
