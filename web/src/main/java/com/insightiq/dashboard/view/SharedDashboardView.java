package com.insightiq.dashboard.view;

import com.insightiq.dashboard.boundary.DashboardInfo;
import com.insightiq.dashboard.boundary.EmbeddedDashboards;
import com.insightiq.dashboard.boundary.PublicDashboards;
import com.insightiq.platform.view.Notices;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The anonymous dashboard pages: a public link ({@code /public/dashboard/{token}}) or a signed embedding
 * ({@code /embed/dashboard/{jwt}}). Read-only; the cards run through the public REST API. An unknown or revoked token
 * (or an invalid embedding token) shows "not found" with status 404, saying nothing more.
 */
@Named("sharedDashboardView")
@RequestScoped
public class SharedDashboardView {

    @Inject
    PublicDashboards publicDashboards;

    @Inject
    EmbeddedDashboards embeddedDashboards;

    @Inject
    Notices notices;

    private boolean embedded;
    private String token;
    private String name;
    private String model;

    @PostConstruct
    void start() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, String> params = external.getRequestParameterMap();
        String jwt = params.get("jwt");
        embedded = jwt != null;
        token = embedded ? jwt : params.get("token");
        if (token == null || token.isBlank() || token.length() > 4096) {
            return;
        }
        // A refusal is the page's "not found"; nothing about why reaches an anonymous visitor.
        DashboardInfo dashboard = notices.fetch(
                () -> embedded ? embeddedDashboards.get(token) : publicDashboards.get(token), refused -> {
                }).orElse(null);
        if (dashboard != null) {
            name = dashboard.name();
            model = DashboardPage.json(dashboard);
        }
    }

    public void check() {
        if (model == null) {
            DashboardPage.notFound();
        }
    }

    public boolean isFound() {
        return model != null;
    }

    public boolean isEmbedded() {
        return embedded;
    }

    public String getName() {
        return name;
    }

    public String getModel() {
        return model;
    }

    /** The public REST API of this dashboard, which the page's script runs cards through. */
    public String getFeedBase() {
        String path = embedded ? "/api/v1/embed/dashboards/" : "/api/v1/public/dashboards/";
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + path
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** The page's own address (the token's), kept in the address bar with the filter values. */
    public String getPageUrl() {
        String path = embedded ? "/embed/dashboard/" : "/public/dashboard/";
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + path
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
