package com.insightiq.home.view;

import com.insightiq.home.boundary.HomeItem;
import com.insightiq.home.boundary.Recents;
import com.insightiq.home.boundary.TableChoice;
import com.insightiq.home.boundary.Tour;
import com.insightiq.home.boundary.TourState;
import com.insightiq.platform.view.Notices;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Home (/t/{slug}/home.xhtml): the member's pinned and recent questions and dashboards, and the first-run tour that
 * builds a dashboard from a table (Start → choose a table → Create dashboard). Lists are read once per view; a member
 * who may not read them (a platform admin visiting) sees them empty rather than an error.
 */
@Named("homeView")
@ViewScoped
public class HomeView implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Recent items shown; Recents keeps more. */
    static final int RECENT_SHOWN = 8;

    @Inject
    Recents recents;

    @Inject
    Tour tour;

    @Inject
    Notices notices;

    @Inject
    CurrentTenant currentTenant;

    private String slug;
    private Long tableId;
    private boolean tourHidden;
    // Boundary records are not serializable; after passivation they are read again.
    private transient List<HomeItem> recent;
    private transient List<HomeItem> pinned;
    private transient TourState tourState;

    @PostConstruct
    void start() {
        slug = currentTenant.slug().orElse(null);
    }

    public List<HomeItem> getRecent() {
        if (recent == null) {
            recent = quietly(() -> recents.recent(slug)).map(l -> l.stream().limit(RECENT_SHOWN).toList())
                    .orElse(List.of());
        }
        return recent;
    }

    public List<HomeItem> getPinned() {
        if (pinned == null) {
            pinned = quietly(() -> recents.pinned(slug)).orElse(List.of());
        }
        return pinned;
    }

    public TourState getTour() {
        if (tourState == null) {
            tourState = tourHidden ? TourState.HIDDEN : quietly(() -> tour.state(slug)).orElse(TourState.HIDDEN);
            if (tableId == null) {
                tableId = tourState.defaultTableId();
            }
        }
        return tourState;
    }

    public List<TableChoice> getTables() {
        return getTour().tables();
    }

    public Long getTableId() {
        if (tableId == null) {
            getTour();
        }
        return tableId;
    }

    public void setTableId(Long tableId) {
        this.tableId = tableId;
    }

    /** Click 3 of the tour: generate the dashboard and open it. */
    public void build() throws IOException {
        if (tableId == null) {
            notices.error("home.tour.chooseTable");
            return;
        }
        long table = tableId;
        Optional<Long> dashboard = notices.fetch(() -> tour.build(slug, table));
        if (dashboard.isPresent()) {
            FacesContext.getCurrentInstance().getExternalContext().redirect(link("dashboard", dashboard.get()));
        }
    }

    public void dismiss() {
        if (notices.run(() -> tour.dismiss(slug))) {
            tourHidden = true;
            tourState = TourState.HIDDEN;
        }
    }

    public String link(HomeItem item) {
        return link(item.kind(), item.id());
    }

    public String icon(HomeItem item) {
        return Recents.DASHBOARD.equals(item.kind()) ? "pi pi-th-large" : "pi pi-chart-bar";
    }

    private String link(String kind, long id) {
        return currentTenant.url("/" + kind + "/" + id);
    }

    private <T> Optional<T> quietly(java.util.function.Supplier<T> call) {
        if (slug == null) {
            return Optional.empty();
        }
        return notices.fetch(call, refused -> { });
    }
}
