package com.insightiq.dashboard.view;

import com.insightiq.dashboard.boundary.DashboardInfo;
import com.insightiq.dashboard.boundary.Dashboards;
import com.insightiq.platform.view.CurrentUser;
import com.insightiq.platform.view.Links;
import com.insightiq.platform.view.Notices;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * The signed-in dashboard page (/dashboard.xhtml?id=, /t/{slug}/dashboard/{id}) in read mode: loads the dashboard
 * through {@link Dashboards#get} and hands it to dashboard.js as JSON; the cards run through the feed servlet
 * ({@code /dashboard-feed/{id}}). An unknown id (or one of another tenant) shows the page's "not found" with status 404.
 */
@Named("dashboardView")
@ViewScoped
public class DashboardView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Dashboards dashboards;

    @Inject
    Notices notices;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    CurrentUser currentUser;

    @Inject
    Links links;

    private String slug;
    private long id;
    // Boundary records are not serializable: the page keeps the JSON, which is all the script needs.
    private String name;
    private String model;
    private boolean mayEdit;

    @PostConstruct
    void start() {
        slug = currentTenant.slug().orElse(null);
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String given = params.get("id");
        try {
            id = given == null ? 0 : Long.parseLong(given.trim());
        } catch (NumberFormatException e) {
            id = 0;
        }
        // A refusal (unknown id, another tenant's, not visible) is the page's own "not found", not a message.
        DashboardInfo dashboard = slug == null || id <= 0 ? null
                : notices.fetch(() -> dashboards.get(slug, id), refused -> {
                }).orElse(null);
        if (dashboard != null) {
            name = dashboard.name();
            model = DashboardPage.json(dashboard);
            mayEdit = dashboard.mayEdit() && currentUser.may("dashboard", "edit");
        }
    }

    /** Page action: answers 404 when there is no such dashboard here. */
    public void check() {
        if (slug != null && model == null) {
            DashboardPage.notFound();
        }
    }

    public boolean isFound() {
        return model != null;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** The dashboard (DashboardInfo) as JSON. */
    public String getModel() {
        return model;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }

    /** Where the page's script runs cards: {@code …/dashboard-feed/{id}} in this tenant. */
    public String getFeedBase() {
        return links.to("/dashboard-feed/" + id);
    }

    /** This page's short address, which the script keeps in the address bar with the filter values. */
    public String getPageUrl() {
        return links.to("/dashboard/" + id);
    }

    /** Edit mode starts on load (new dashboards open so): {@code ?edit=true}, for those who may edit. */
    public boolean isStartEditing() {
        return mayEdit && "true".equals(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("edit"));
    }
}
