package com.insightiq.jobs.view;

import com.insightiq.jobs.boundary.JobInfo;
import com.insightiq.jobs.boundary.Jobs;
import com.insightiq.platform.view.CurrentUser;
import com.insightiq.platform.view.Notices;
import com.insightiq.query.boundary.Exports;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

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

    @Inject
    Exports exports;

    private String slug;
    // Boundary records are not serializable; after the session was passivated they are simply loaded again.
    private transient List<JobInfo> runs;
    private transient Set<Long> downloadable;

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
        // Only the member who asked for an export may download it; the runs list shows everyone's.
        downloadable = slug == null || !currentUser.may("query", "run") ? Set.of()
                : notices.fetch(() -> exports.downloadable(slug)).orElse(Set.of());
    }

    /** Whether this run is one of the caller's exports with a file to download now. */
    public boolean mayDownload(JobInfo run) {
        if (downloadable == null) {
            refresh();
        }
        return Exports.JOB.equals(run.job()) && downloadable.contains(run.id());
    }

    /** The export's file for p:fileDownload; the boundary checks the owner again. */
    public StreamedContent download(JobInfo run) {
        return notices.fetch(() -> exports.file(slug, run.id())).map(file -> DefaultStreamedContent.builder()
                .name(file.name()).contentType(file.mediaType()).contentLength(file.bytes() < 0 ? null : file.bytes())
                .stream(() -> open(file.path().toString())).build()).orElse(null);
    }

    private static InputStream open(String path) {
        try {
            return Files.newInputStream(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
