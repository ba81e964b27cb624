package com.insightiq.collection.view;

import com.insightiq.collection.boundary.CollectionGrants;
import com.insightiq.collection.boundary.GrantsForm;
import com.insightiq.collection.boundary.GrantsInfo;
import com.insightiq.platform.view.Notices;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The permissions dialog of the collection browser: one row per role, inherit / none / view / curate. */
@Named("grantsDialog")
@ViewScoped
public class GrantsDialog implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String INHERIT = "inherit";

    @Inject
    CollectionGrants grants;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Notices notices;

    private Long collectionId;
    private String analyst;
    private String viewer;
    private String effectiveAnalyst;
    private String effectiveViewer;

    public List<String> getOptions() {
        return List.of(INHERIT, "none", "view", "curate");
    }

    public void load(Long id) {
        collectionId = id;
        notices.fetch(() -> grants.get(currentTenant.require(), id)).ifPresent(this::show);
    }

    public void save() {
        GrantsForm form = new GrantsForm(INHERIT.equals(analyst) ? null : analyst, INHERIT.equals(viewer) ? null : viewer);
        notices.fetch(() -> grants.change(currentTenant.require(), collectionId, form)).ifPresent(g -> {
            show(g);
            notices.info("collection.grants.saved");
        });
    }

    private void show(GrantsInfo g) {
        analyst = g.analyst() == null ? INHERIT : g.analyst();
        viewer = g.viewer() == null ? INHERIT : g.viewer();
        effectiveAnalyst = g.effectiveAnalyst();
        effectiveViewer = g.effectiveViewer();
    }

    public String getAnalyst() {
        return analyst;
    }

    public void setAnalyst(String analyst) {
        this.analyst = analyst;
    }

    public String getViewer() {
        return viewer;
    }

    public void setViewer(String viewer) {
        this.viewer = viewer;
    }

    public String getEffectiveAnalyst() {
        return effectiveAnalyst;
    }

    public String getEffectiveViewer() {
        return effectiveViewer;
    }
}
