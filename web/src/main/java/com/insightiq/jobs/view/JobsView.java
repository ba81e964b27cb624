package com.insightiq.jobs.view;

import com.insightiq.jobs.boundary.JobInfo;
import com.insightiq.jobs.boundary.Jobs;
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

/** Requests the tenant usage report and shows recent runs; the page polls while a run is queued or running. */
@Named("jobsView")
@ViewScoped
public class JobsView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String USAGE_REPORT = "tenant-usage-report";
    private static final Set<String> UNFINISHED = Set.of("queued", "started");

    @Inject
    Jobs jobs;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    CurrentUser currentUser;

    @Inject
    Notices notices;

    @Inject
    JobSummaries summaries;

    private String slug;
    // Boundary records are not serializable; after the session was passivated they are simply loaded again.
    private transient List<JobInfo> runs;

    @PostConstruct
    void load() {
        slug = currentTenant.slug().orElse(null);
    }

    public List<JobInfo> getRuns() {
        if (runs == null) {
            refresh();
        }
        return runs;
    }

    public void refresh() {
        runs = slug == null || !currentUser.may("job", "view") ? List.of()
                : notices.fetch(() -> jobs.recent(slug)).orElse(List.of());
    }

    public void runUsageReport() {
        notices.fetch(() -> jobs.request(slug, USAGE_REPORT)).ifPresent(run -> notices.info("jobs.requested.notice"));
        refresh();
    }

    /** Whether a run is still queued or running, so the page keeps polling. */
    public boolean isRunning() {
        return getRuns().stream().anyMatch(run -> UNFINISHED.contains(run.status()));
    }

    public List<JobSummaries.Line> summaryOf(JobInfo run) {
        return summaries.linesOf(run.summary());
    }
}
