package com.insightiq.nlq.view;

import com.insightiq.connection.boundary.DataSourceInfo;
import com.insightiq.connection.boundary.DataSources;
import com.insightiq.platform.view.Notices;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The "Ask a question" boxes (top bar and Home; {@code /WEB-INF/templates/nlq/ask-box.xhtml}): a plain GET form to
 * {@code /t/{slug}/ask}, so an answer has an address. Offers a data-source picker only when the tenant has several;
 * the source asked about last comes first, else the first one.
 */
@Named("askBox")
@RequestScoped
public class AskBox {
    @Inject
    DataSources dataSources;

    @Inject
    LastAskedSource lastAsked;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Notices notices;

    private List<DataSourceInfo> sources;

    public List<DataSourceInfo> getSources() {
        if (sources == null) {
            // A member who may not list sources simply gets a box without picker; the answer page explains.
            sources = currentTenant.slug().flatMap(slug -> notices.fetch(() -> dataSources.list(slug), refused -> { }))
                    .orElse(List.of());
        }
        return sources;
    }

    /** The source offered first: the last asked about while it still exists, else the first. */
    public Long getSourceId() {
        List<DataSourceInfo> all = getSources();
        Long last = currentTenant.slug().flatMap(lastAsked::of).orElse(null);
        if (last != null && all.stream().anyMatch(s -> s.id() == last)) {
            return last;
        }
        return all.isEmpty() ? null : all.get(0).id();
    }

    public boolean isPicker() {
        return getSources().size() > 1;
    }
}
