package com.insightiq.catalog.view;

import com.insightiq.catalog.boundary.Catalog;
import com.insightiq.catalog.boundary.CatalogViews.ColumnEdit;
import com.insightiq.catalog.boundary.CatalogViews.ColumnInfo;
import com.insightiq.catalog.boundary.CatalogViews.TableDetail;
import com.insightiq.catalog.boundary.CatalogViews.TableEdit;
import com.insightiq.catalog.boundary.TablePreviews;
import com.insightiq.catalog.entity.SemanticType;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * One table of Browse Data: its columns with types, semantic types and fingerprints, the first rows on demand, and
 * for tenant admins the metadata editor (display names, descriptions, semantic type overrides, hidden).
 */
@Named("tableView")
@ViewScoped
public class TableView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Catalog catalog;

    @Inject
    DataSources dataSources;

    @Inject
    TablePreviews previews;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    CurrentUser currentUser;

    @Inject
    Notices notices;

    private String slug;
    private Long id;
    private boolean missing;
    // Boundary records are not serializable; after the session was passivated they are simply loaded again.
    private transient TableDetail table;
    private transient DataSourceInfo source;
    private transient TablePreviews.Preview preview;
    private transient Map<Long, ColumnInfo> columnsById;

    private String tableDisplayName;
    private String tableDescription;
    private boolean tableHidden;
    private Long editedColumnId;
    private String columnDisplayName;
    private String columnDescription;
    private String columnSemanticType;
    private boolean columnHidden;

    @PostConstruct
    void start() {
        slug = currentTenant.slug().orElse(null);
        id = Ids.parameter("id");
    }

    public boolean mayBrowse() {
        return slug != null && currentUser.may("datasource", "view") && currentUser.may("catalog", "view");
    }

    public boolean mayEdit() {
        return mayBrowse() && currentUser.may("catalog", "edit");
    }

    public TableDetail getTable() {
        if (table == null && !missing && id != null && mayBrowse()) {
            table = notices.fetch(() -> catalog.table(slug, id)).orElse(null);
            missing = table == null;
        }
        return table;
    }

    public boolean isMissing() {
        return id == null || (getTable() == null && mayBrowse());
    }

    public DataSourceInfo getSource() {
        if (source == null && getTable() != null) {
            source = notices.fetch(() -> dataSources.get(slug, table.dataSourceId())).orElse(null);
        }
        return source;
    }

    /** The preview, read when the Preview tab is first opened (and again on "reload"). */
    public TablePreviews.Preview getPreview() {
        return preview;
    }

    public void loadPreview() {
        if (getTable() != null) {
            preview = notices.fetch(() -> previews.firstRows(slug, id)).orElse(null);
        }
    }

    public int getPreviewLimit() {
        return TablePreviews.ROWS;
    }

    /** The display name of the column a foreign key points to, or its id when it is not known here. */
    public String columnName(Long columnId) {
        if (columnId == null) {
            return "";
        }
        if (columnsById == null) {
            columnsById = new HashMap<>();
        }
        ColumnInfo column = columnsById.computeIfAbsent(columnId,
                cid -> notices.fetch(() -> catalog.column(slug, cid)).orElse(null));
        return column == null ? "#" + columnId : column.name();
    }

    public List<String> getSemanticTypes() {
        return Arrays.stream(SemanticType.values()).map(SemanticType::code).toList();
    }

    public void editTable() {
        TableDetail t = getTable();
        tableDisplayName = t.displayName();
        tableDescription = t.description();
        tableHidden = t.hidden();
    }

    public void saveTable() {
        TableEdit edit = new TableEdit(tableDisplayName, tableDescription, tableHidden);
        notices.fetch(() -> catalog.updateTable(slug, id, edit)).ifPresent(saved -> {
            table = saved;
            notices.info("table.saved", saved.displayName());
            // The page reloads to show the new name in its heading; the notice survives the reload.
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash()
                    .setKeepMessages(true);
            PrimeFaces.current().ajax().addCallbackParam("done", true);
        });
    }

    public void editColumn(ColumnInfo column) {
        editedColumnId = column.id();
        columnDisplayName = column.displayName();
        columnDescription = column.description();
        columnSemanticType = column.semanticTypeOverride();
        columnHidden = column.hidden();
    }

    public void saveColumn() {
        ColumnInfo current = getTable().columns().stream().filter(c -> c.id() == editedColumnId).findFirst()
                .orElse(null);
        if (current == null) {
            return;
        }
        ColumnEdit edit = new ColumnEdit(columnDisplayName, columnDescription, columnHidden,
                columnSemanticType == null || columnSemanticType.isBlank() ? null : columnSemanticType,
                current.fkOverrideColumnId());
        notices.fetch(() -> catalog.updateColumn(slug, editedColumnId, edit)).ifPresent(saved -> {
            table = null;
            notices.info("column.saved", saved.displayName());
            PrimeFaces.current().ajax().addCallbackParam("done", true);
        });
    }

    /** The column being edited, for the dialog's heading. */
    public ColumnInfo getEditedColumn() {
        return editedColumnId == null || getTable() == null ? null
                : getTable().columns().stream().filter(c -> c.id() == editedColumnId).findFirst().orElse(null);
    }

    /** "12.5 %" for a share of 0.125; empty when unknown. */
    public String percent(Double share) {
        return share == null ? "" : String.format(jakarta.faces.context.FacesContext.getCurrentInstance()
                .getViewRoot().getLocale(), "%.1f %%", share * 100);
    }

    public String getTableDisplayName() {
        return tableDisplayName;
    }

    public void setTableDisplayName(String tableDisplayName) {
        this.tableDisplayName = tableDisplayName;
    }

    public String getTableDescription() {
        return tableDescription;
    }

    public void setTableDescription(String tableDescription) {
        this.tableDescription = tableDescription;
    }

    public boolean isTableHidden() {
        return tableHidden;
    }

    public void setTableHidden(boolean tableHidden) {
        this.tableHidden = tableHidden;
    }

    public String getColumnDisplayName() {
        return columnDisplayName;
    }

    public void setColumnDisplayName(String columnDisplayName) {
        this.columnDisplayName = columnDisplayName;
    }

    public String getColumnDescription() {
        return columnDescription;
    }

    public void setColumnDescription(String columnDescription) {
        this.columnDescription = columnDescription;
    }

    public String getColumnSemanticType() {
        return columnSemanticType;
    }

    public void setColumnSemanticType(String columnSemanticType) {
        this.columnSemanticType = columnSemanticType;
    }

    public boolean isColumnHidden() {
        return columnHidden;
    }

    public void setColumnHidden(boolean columnHidden) {
        this.columnHidden = columnHidden;
    }
}
