package com.insightiq.query.view;

import com.insightiq.platform.view.Notices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

/** Downloads of the last run's whole result. TEMPORARY until the exports branch is merged. */
@Named("queryExportView")
@RequestScoped
public class QueryExportView {
    @Inject
    Notices notices;

    public StreamedContent download(String format) {
        notices.error("editor.export.unavailable");
        return null;
    }
}
