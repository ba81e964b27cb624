package com.insightiq.query.view;

import com.insightiq.platform.view.Notices;
import com.insightiq.query.boundary.HistoryEntry;
import com.insightiq.query.boundary.Queries;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The person's recent runs beside the editor, read when the History tab opens and again after each run. */
@Named("queryHistoryView")
@ViewScoped
public class QueryHistoryView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int ENTRIES = 50;

    @Inject
    Queries queries;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Notices notices;

    // Boundary records are not serializable; after the session was passivated they are simply loaded again.
    private transient List<HistoryEntry> entries;

    public List<HistoryEntry> getEntries() {
        if (entries == null) {
            entries = currentTenant.slug().map(slug -> notices.fetch(() -> queries.history(slug, ENTRIES))
                    .orElse(List.of())).orElse(List.of());
        }
        return entries;
    }

    public void refresh() {
        entries = null;
    }

    HistoryEntry find(String executionId) {
        return getEntries().stream().filter(e -> e.executionId().equals(executionId)).findFirst().orElse(null);
    }

    /** The first line of the SQL, shortened, as the entry's title. */
    public String title(HistoryEntry entry) {
        String first = entry.sql().strip().lines().findFirst().orElse("");
        return first.length() > 80 ? first.substring(0, 79) + "…" : first;
    }
}
