package com.insightiq.catalog.view;

import com.insightiq.catalog.boundary.CatalogViews.SyncInfo;
import com.insightiq.catalog.boundary.Syncs;
import com.insightiq.platform.view.CurrentUser;
import com.insightiq.platform.view.Notices;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The sync section of a data source's page: "Sync now", progress (tables done of total) while a sync is queued or
 * running — the page polls every two seconds then — and the history of past syncs.
 */
@Named("syncStatusView")
@ViewScoped
public class SyncStatusView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Set<String> UNFINISHED = Set.of("queued", "running");

    @Inject
    Syncs syncs;


    @Inject
    CurrentTenant currentTenant;

    @Inject
    CurrentUser currentUser;

    @Inject
    Notices notices;

    private Long id;
    // Boundary records are not serializable; after the session was passivated they are simply loaded again.
    private transient List<SyncInfo> history;

    /** The data source is the page's ?id=, read when the view starts. */
    @PostConstruct
    void start() {
        id = Ids.parameter("id");
    }

    public List<SyncInfo> getHistory() {
        if (history == null) {
            refresh();
        }
        return history;
    }

    public void refresh() {
        history = id == null || currentTenant.slug().isEmpty() || !currentUser.may("catalog", "view") ? List.of()
                : notices.fetch(() -> syncs.history(currentTenant.slug().get(), id)).orElse(List.of());
    }

    public void syncNow() {
        notices.fetch(() -> syncs.request(currentTenant.slug().orElseThrow(), id, null))
                .ifPresent(sync -> notices.info("sync.requested"));
        refresh();
    }

    /** The newest sync, or null before the first. */
    public SyncInfo getLatest() {
        return getHistory().isEmpty() ? null : getHistory().get(0);
    }

    public boolean isRunning() {
        SyncInfo latest = getLatest();
        return latest != null && UNFINISHED.contains(latest.status());
    }

    /** Percent of tables done, 0 while the total is not known yet. */
    public int getProgress() {
        SyncInfo latest = getLatest();
        if (latest == null || latest.tablesTotal() == null || latest.tablesTotal() == 0) {
            return 0;
        }
        return Math.min(100, latest.tablesDone() * 100 / latest.tablesTotal());
    }

    public boolean maySync() {
        return currentUser.may("datasource", "sync");
    }

    /** Tag colour of a sync status. */
    public String severity(String status) {
        return switch (status) {
            case "completed" -> "success";
            case "failed" -> "danger";
            default -> "info";
        };
    }
}
