package com.insightiq.catalog.view;

import com.insightiq.catalog.boundary.CatalogViews.SyncInfo;
import com.insightiq.catalog.boundary.Syncs;
import com.insightiq.platform.view.CurrentUser;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The latest sync of each data source, for lists that show "last sync"; asked once per source and request. */
@Named("lastSyncs")
@RequestScoped
public class LastSyncs {
    @Inject
    Syncs syncs;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    CurrentUser currentUser;

    private final Map<Long, SyncInfo> latest = new HashMap<>();

    /** The newest sync of a source, or null when it never synced (or the person may not see syncs). */
    public SyncInfo of(long dataSourceId) {
        if (currentTenant.slug().isEmpty() || !currentUser.may("catalog", "view")) {
            return null;
        }
        return latest.computeIfAbsent(dataSourceId, id -> {
            try {
                List<SyncInfo> history = syncs.history(currentTenant.slug().get(), id);
                return history.isEmpty() ? null : history.get(0);
            } catch (NotFoundException gone) {
                return null;
            }
        });
    }
}
