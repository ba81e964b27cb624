package com.insightiq.dashboard.view;

import com.insightiq.collection.boundary.CollectionChoice;
import com.insightiq.collection.boundary.Collections;
import com.insightiq.dashboard.boundary.DashboardInfo;
import com.insightiq.dashboard.boundary.Dashboards;
import com.insightiq.dashboard.boundary.EmbeddedDashboards;
import com.insightiq.dashboard.boundary.PublicDashboards;
import com.insightiq.platform.view.CurrentUser;
import com.insightiq.platform.view.Links;
import com.insightiq.platform.view.Notices;
import com.insightiq.question.boundary.RevisionInfo;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.primefaces.PrimeFaces;

/**
 * The dashboard page's menu for curators, outside edit mode: duplicate (opens the copy), revision history with
 * restore, move to another collection, move to the trash, and sharing (public link create/copy/revoke; signed
 * embedding on/off for tenant admins). Everything goes through the dashboard boundaries, which check the rights.
 */
@Named("dashboardActionsView")
@ViewScoped
public class DashboardActionsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Dashboards dashboards;

    @Inject
    PublicDashboards publicDashboards;

    @Inject
    EmbeddedDashboards embeddedDashboards;

    @Inject
    Collections places;

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
    private String moveTo = NewDashboardView.ROOT;
    /** The dialog whose content is drawn ("revisions", "move", "share"): nothing is loaded before one opens. */
    private String shown;
    // Boundary records are not serializable; after passivation they are loaded again.
    private transient DashboardInfo dashboard;
    private transient List<RevisionInfo> revisions;
    private transient List<CollectionChoice> collections;

    @PostConstruct
    void start() {
        slug = currentTenant.slug().orElse(null);
        id = DashboardEditView.idOf(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("id"));
    }

    /** Opens a dialog with fresh content (a save in edit mode may have changed revisions or the link). */
    public void open(String what) {
        shown = what;
        dashboard = null;
        revisions = null;
        getDashboard();
    }

    public String getShown() {
        return shown;
    }

    public DashboardInfo getDashboard() {
        if (dashboard == null && slug != null && id > 0) {
            dashboard = notices.fetch(() -> dashboards.get(slug, id)).orElse(null);
            if (dashboard != null) {
                moveTo = dashboard.collectionId() == null ? NewDashboardView.ROOT : dashboard.collectionId().toString();
            }
        }
        return dashboard;
    }

    public void duplicate() throws IOException {
        Optional<DashboardInfo> copy = notices.fetch(() -> dashboards.duplicate(slug, id, null, null));
        if (copy.isPresent()) {
            redirect("/dashboard/" + copy.get().id());
        }
    }

    public void move() {
        Long target = NewDashboardView.collectionOf(moveTo);
        notices.fetch(() -> dashboards.move(slug, id, target)).ifPresent(moved -> {
            reloaded(moved);
            notices.info("dashboard.edit.moved");
        });
    }

    /** To the trash, then to the collection it was in. */
    public void archive() throws IOException {
        Optional<DashboardInfo> archived = notices.fetch(() -> dashboards.archive(slug, id));
        if (archived.isPresent()) {
            Long home = archived.get().collectionId();
            redirect("/collection/" + (home == null ? "root" : home));
        }
    }

    public List<RevisionInfo> getRevisions() {
        if (revisions == null) {
            revisions = slug == null || id <= 0 ? List.of()
                    : notices.fetch(() -> dashboards.revisions(slug, id)).orElse(List.of());
        }
        return revisions;
    }

    /** The page draws the restored dashboard again (callback param {@code dashboard}, the model's JSON). */
    public void restoreRevision(int number) {
        notices.fetch(() -> dashboards.restoreRevision(slug, id, number)).ifPresent(restored -> {
            reloaded(restored);
            PrimeFaces.current().ajax().addCallbackParam("dashboard", DashboardEditView.json(restored));
            notices.info("dashboard.edit.revisionRestored", number);
        });
    }

    public void share() {
        notices.fetch(() -> publicDashboards.share(slug, id)).ifPresent(token -> dashboard = null);
    }

    public void unshare() {
        if (notices.run(() -> publicDashboards.unshare(slug, id))) {
            dashboard = null;
            notices.info("dashboard.edit.unshared");
        }
    }

    public void embedding(boolean enabled) {
        notices.fetch(() -> embeddedDashboards.enable(slug, id, enabled)).ifPresent(this::reloaded);
    }

    /** The public link's absolute address, or null when the dashboard has none. */
    public String getPublicUrl() {
        DashboardInfo d = getDashboard();
        if (d == null || d.publicToken() == null) {
            return null;
        }
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        String origin = context.getRequestScheme() + "://" + context.getRequestServerName()
                + (standardPort(context) ? "" : ":" + context.getRequestServerPort());
        return origin + context.getRequestContextPath() + "/public/dashboard/" + d.publicToken();
    }

    private static boolean standardPort(ExternalContext context) {
        int port = context.getRequestServerPort();
        return port == 80 && "http".equals(context.getRequestScheme())
                || port == 443 && "https".equals(context.getRequestScheme());
    }

    /** Embedding is a tenant admin's switch (the boundary checks it again). */
    public boolean isMayEmbed() {
        return currentUser.may("member", "manage");
    }

    private void reloaded(DashboardInfo d) {
        dashboard = d;
        revisions = null;
        moveTo = d.collectionId() == null ? NewDashboardView.ROOT : d.collectionId().toString();
    }

    private void redirect(String path) throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().redirect(links.to(path));
    }

    public List<CollectionChoice> getCollections() {
        if (collections == null) {
            collections = slug == null ? List.of() : notices.fetch(() -> places.choices(slug)).orElse(List.of());
        }
        return collections;
    }

    public String key(CollectionChoice choice) {
        return NewDashboardView.keyOf(choice);
    }

    public String getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(String moveTo) {
        this.moveTo = moveTo;
    }
}
