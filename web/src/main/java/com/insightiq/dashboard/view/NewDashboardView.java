package com.insightiq.dashboard.view;

import com.insightiq.collection.boundary.CollectionChoice;
import com.insightiq.collection.boundary.Collections;
import com.insightiq.dashboard.boundary.DashboardForm;
import com.insightiq.dashboard.boundary.DashboardInfo;
import com.insightiq.dashboard.boundary.Dashboards;
import com.insightiq.platform.view.Links;
import com.insightiq.platform.view.Notices;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The top bar's "+ New → Dashboard" dialog: name, description and collection (chosen as the question save dialog
 * chooses them). Creating opens the new, empty dashboard in edit mode.
 */
@Named("newDashboardView")
@ViewScoped
public class NewDashboardView implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The select's value for "Our analytics" (a select cannot hold null reliably). */
    static final String ROOT = "root";

    @Inject
    Dashboards dashboards;

    @Inject
    Collections places;

    @Inject
    Notices notices;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Links links;

    private String name;
    private String description;
    private String collection = ROOT;
    private transient List<CollectionChoice> collections;

    public void create() throws IOException {
        String slug = currentTenant.slug().orElse(null);
        if (slug == null) {
            return;
        }
        DashboardForm form = new DashboardForm(name, description, collectionOf(collection), List.of(), List.of(),
                List.of(), null, null);
        DashboardInfo created = notices.fetch(() -> dashboards.create(slug, form)).orElse(null);
        if (created != null) {
            FacesContext.getCurrentInstance().getExternalContext()
                    .redirect(links.to("/dashboard/" + created.id() + "?edit=true"));
        }
    }

    /** Loaded when the dialog opens (its content is dynamic), not on every page that has the top bar. */
    public List<CollectionChoice> getCollections() {
        if (collections == null) {
            collections = currentTenant.slug().flatMap(slug -> notices.fetch(() -> places.choices(slug)))
                    .orElse(List.of());
        }
        return collections;
    }

    public String key(CollectionChoice choice) {
        return keyOf(choice);
    }

    static String keyOf(CollectionChoice choice) {
        return choice.id() == null ? ROOT : choice.id().toString();
    }

    static Long collectionOf(String key) {
        return key == null || ROOT.equals(key) ? null : Long.valueOf(key);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCollection() {
        return collection;
    }

    public void setCollection(String collection) {
        this.collection = collection;
    }
}
