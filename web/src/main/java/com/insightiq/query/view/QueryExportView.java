package com.insightiq.query.view;

import com.insightiq.platform.view.Notices;
import com.insightiq.query.api.ExportLinks;
import com.insightiq.query.boundary.ExportInfo;
import com.insightiq.query.boundary.Exports;
import com.insightiq.query.boundary.Queries;
import com.insightiq.query.boundary.QueryForm;
import com.insightiq.query.control.ExportFiles;
import com.insightiq.query.control.ExportFormat;
import com.insightiq.query.control.ExportMode;
import com.insightiq.query.control.ExportWriter;
import com.insightiq.query.control.QueryFailedException;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The editor's Export menu: the whole result of the last run (no row cap) as CSV, XLSX or JSON, streamed to the
 * browser as the database delivers rows, exactly as {@code POST /queries/export} does. When the planner expects a
 * very large result the export runs as a background job instead and the person is told where the file will be.
 */
@Named("queryExportView")
@RequestScoped
public class QueryExportView {
    @Inject
    Queries queries;

    @Inject
    Exports exports;

    @Inject
    SqlEditorView editor;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Notices notices;

    public StreamedContent download(String formatCode) {
        ExportFormat format = ExportFormat.of(formatCode).orElseThrow();
        LastRun last = editor.getLastRun();
        String slug = currentTenant.slug().orElse(null);
        if (last == null || slug == null) {
            notices.error("editor.export.nothing");
            return null;
        }
        QueryForm form = last.form();
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        Optional<Optional<ExportInfo>> queued;
        try {
            queued = notices.fetch(() -> exports.background(slug, form, format, ExportMode.AUTO,
                    ExportLinks.jobsPage(request)));
        } catch (QueryFailedException failure) {
            notices.error("editor.export.failed", failure.getMessage());
            return null;
        }
        if (queued.isEmpty()) {
            return null; // refused: the notice says why
        }
        if (queued.get().isPresent()) {
            notices.info("editor.export.background");
            return null;
        }
        return DefaultStreamedContent.builder().contentType(format.mediaType())
                .name(ExportFiles.downloadName(Instant.now(), format))
                .writer(out -> {
                    try (ExportWriter writer = format.writer(out)) {
                        queries.export(slug, form, writer);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).build();
    }
}
