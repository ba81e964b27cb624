package com.insightiq.search.view;

import com.insightiq.platform.view.Notices;
import com.insightiq.search.boundary.Search;
import com.insightiq.search.boundary.SearchHit;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.primefaces.event.SelectEvent;

/**
 * The top bar's search: type-ahead hits grouped by kind (choosing one opens its page), Enter without a choice opens
 * the full results page, which lists up to 50 hits.
 */
@Named("searchBox")
@RequestScoped
public class SearchBox {
    static final int TYPE_AHEAD = 15;

    @Inject
    Search search;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Notices notices;

    private String text;
    private List<SearchHit> pageHits;

    /** Type-ahead: never complains, a refused or empty search simply offers nothing. */
    public List<SearchHit> complete(String typed) {
        if (currentTenant.slug().isEmpty()) {
            return List.of();
        }
        try {
            List<SearchHit> hits = search.find(currentTenant.require(), typed, null);
            return hits.subList(0, Math.min(TYPE_AHEAD, hits.size()));
        } catch (RuntimeException refused) {
            return List.of();
        }
    }

    public void open(SelectEvent<String> event) throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().redirect(currentTenant.url(event.getObject()));
    }

    public List<SearchHit> getPageHits() {
        if (pageHits == null) {
            var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
            pageHits = currentTenant.slug().isEmpty() ? List.of()
                    : notices.fetch(() -> search.find(currentTenant.require(), params.get("q"), params.get("kind")))
                    .orElse(List.of());
        }
        return pageHits;
    }

    public String url(SearchHit hit) {
        return currentTenant.url(hit.path());
    }

    public String icon(String kind) {
        return switch (kind) {
            case "question" -> "pi-chart-bar";
            case "collection" -> "pi-folder";
            case "table" -> "pi-table";
            case "column" -> "pi-bars";
            case "dashboard" -> "pi-th-large";
            default -> "pi-file";
        };
    }

    /** The heading of a hit's group in the dropdown: its kind, in the person's language. */
    public String group(SearchHit hit) {
        return hit == null ? "" : notices.text("search.kind." + hit.kind());
    }

    /** Where a hit lives, for the second line: its collection or its table. */
    public String where(SearchHit hit) {
        if (hit.collection() != null) {
            return hit.collection().name();
        }
        return hit.tableName() == null ? "" : hit.tableName();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
