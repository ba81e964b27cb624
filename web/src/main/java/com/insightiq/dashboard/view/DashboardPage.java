package com.insightiq.dashboard.view;

import com.insightiq.dashboard.boundary.DashboardInfo;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * What every dashboard page (signed-in, public, embedded) hands to dashboard.js: the dashboard as JSON, and the
 * texts the script shows, in the page's language (every {@code dashboard.page.*} key of the bundle, without the
 * prefix). Both go into data attributes, which Faces escapes.
 */
@Named("dashboardPage")
@RequestScoped
public class DashboardPage {
    static final Jsonb JSON = JsonbBuilder.create();
    private static final String PREFIX = "dashboard.page.";

    private String texts;

    /** The dashboard as the REST API writes it (null: nothing to show). */
    public static String json(DashboardInfo dashboard) {
        return dashboard == null ? null : JSON.toJson(dashboard);
    }

    public String getTexts() {
        if (texts == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
            Map<String, String> found = new TreeMap<>();
            if (bundle != null) {
                for (String key : bundle.keySet()) {
                    if (key.startsWith(PREFIX)) {
                        found.put(key.substring(PREFIX.length()), bundle.getString(key));
                    }
                }
            }
            texts = JSON.toJson(found);
        }
        return texts;
    }

    /** The HTTP status of a page whose dashboard is unknown (the page itself explains). */
    static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.getExternalContext().isResponseCommitted()) {
            faces.getExternalContext().setResponseStatus(404);
        }
    }
}
