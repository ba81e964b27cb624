package com.insightiq.catalog.view;

import com.insightiq.catalog.boundary.Catalog;
import com.insightiq.catalog.boundary.CatalogViews.TableSummary;
import com.insightiq.connection.boundary.DataSourceInfo;
import com.insightiq.connection.boundary.DataSources;
import com.insightiq.platform.view.CurrentUser;
import com.insightiq.platform.view.Notices;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Browse Data, one level at a time: the data sources; a source's schemas; a schema's tables. A source with a single
 * schema shows its tables at once. Hidden tables are shown only to those who may edit the catalog, marked as hidden.
 */
@Named("browseView")
@ViewScoped
public class BrowseView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    DataSources dataSources;

    @Inject
    Catalog catalog;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    CurrentUser currentUser;

    @Inject
    Notices notices;

    private String slug;
    private Long sourceId;
    private String schema;
    // Boundary records are not serializable; after the session was passivated they are simply loaded again.
    private transient List<DataSourceInfo> sources;
    private transient DataSourceInfo source;
    private transient List<TableSummary> tables;

    /** One schema of a source and how many tables it shows. */
    public record SchemaEntry(String name, long tables) {
    }

    @PostConstruct
    void start() {
        slug = currentTenant.slug().orElse(null);
        sourceId = Ids.parameter("source");
        String requested = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("schema");
        schema = requested == null || requested.isBlank() ? null : requested;
    }

    public boolean mayBrowse() {
        return slug != null && currentUser.may("datasource", "view") && currentUser.may("catalog", "view");
    }

    public boolean mayEdit() {
        return currentUser.may("catalog", "edit");
    }

    public List<DataSourceInfo> getSources() {
        if (sources == null) {
            sources = mayBrowse() ? notices.fetch(() -> dataSources.list(slug)).orElse(List.of()) : List.of();
        }
        return sources;
    }

    /** The chosen source, or null on the first level (or when it does not exist). */
    public DataSourceInfo getSource() {
        if (source == null && sourceId != null && mayBrowse()) {
            source = getSources().stream().filter(s -> s.id() == sourceId).findFirst().orElse(null);
        }
        return source;
    }

    public boolean isSourceMissing() {
        return sourceId != null && getSource() == null;
    }

    /** Every table of the chosen source the person should see. */
    public List<TableSummary> getTables() {
        if (tables == null) {
            tables = getSource() == null ? List.of()
                    : notices.fetch(() -> catalog.tables(slug, sourceId)).orElse(List.of()).stream()
                            .filter(t -> !t.hidden() || mayEdit()).toList();
        }
        return tables;
    }

    public List<SchemaEntry> getSchemas() {
        Map<String, Long> counts = getTables().stream()
                .collect(Collectors.groupingBy(TableSummary::schema, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> new SchemaEntry(e.getKey(), e.getValue())).toList();
    }

    /** The schema whose tables are shown: the chosen one, or the only one. */
    public String getSchema() {
        if (schema != null) {
            return schema;
        }
        List<SchemaEntry> schemas = getSchemas();
        return schemas.size() == 1 ? schemas.get(0).name() : null;
    }

    /** Whether the schema level was skipped because the source has a single schema. */
    public boolean isSingleSchema() {
        return getSchemas().size() == 1;
    }

    public List<TableSummary> getSchemaTables() {
        String shown = getSchema();
        return shown == null ? List.of() : getTables().stream().filter(t -> t.schema().equals(shown)).toList();
    }

    public Long getSourceId() {
        return sourceId;
    }
}
