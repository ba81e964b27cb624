package com.insightiq.catalog.view;

import com.insightiq.catalog.boundary.Catalog;
import com.insightiq.catalog.boundary.CatalogViews.ColumnInfo;
import com.insightiq.catalog.boundary.CatalogViews.GlossaryEntry;
import com.insightiq.catalog.boundary.CatalogViews.GlossaryInput;
import com.insightiq.catalog.boundary.CatalogViews.TableDetail;
import com.insightiq.catalog.boundary.CatalogViews.TableSummary;
import com.insightiq.catalog.boundary.Glossary;
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
 * The business glossary: everyone who browses data reads it; tenant admins add, edit and delete terms with their
 * synonyms and what they mean in the data (a column, chosen source → table → column, or an expression).
 */
@Named("glossaryView")
@ViewScoped
public class GlossaryView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Glossary glossary;

    @Inject
    Catalog catalog;

    @Inject
    DataSources dataSources;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    CurrentUser currentUser;

    @Inject
    Notices notices;

    private String slug;
    // Boundary records are not serializable; after the session was passivated they are simply loaded again.
    private transient List<GlossaryEntry> terms;
    private transient Map<Long, String> columnLabels;

    private Long editedId;
    private String term;
    private String definition;
    private String synonyms;
    private Long sourceId;
    private Long tableId;
    private Long columnId;
    private String expression;

    /** A choice in the column picker. */
    public record Choice(Long id, String label) implements Serializable {
    }

    @PostConstruct
    void start() {
        slug = currentTenant.slug().orElse(null);
    }

    public boolean mayRead() {
        return slug != null && currentUser.may("catalog", "view");
    }

    public boolean mayEdit() {
        return mayRead() && currentUser.may("catalog", "edit");
    }

    public List<GlossaryEntry> getTerms() {
        if (terms == null) {
            terms = mayRead() ? notices.fetch(() -> glossary.list(slug)).orElse(List.of()) : List.of();
        }
        return terms;
    }

    /** "Sales · public.orders.total" for a mapped column. */
    public String columnLabel(Long id) {
        if (id == null) {
            return "";
        }
        if (columnLabels == null) {
            columnLabels = new HashMap<>();
        }
        return columnLabels.computeIfAbsent(id, this::describeColumn);
    }

    private String describeColumn(long id) {
        return notices.fetch(() -> {
            ColumnInfo column = catalog.column(slug, id);
            TableDetail table = catalog.table(slug, column.tableId());
            return table.schema() + "." + table.name() + "." + column.name();
        }).orElse("#" + id);
    }

    public void startNew() {
        editedId = null;
        term = null;
        definition = null;
        synonyms = null;
        sourceId = null;
        tableId = null;
        columnId = null;
        expression = null;
    }

    public void edit(GlossaryEntry entry) {
        startNew();
        editedId = entry.id();
        term = entry.term();
        definition = entry.definition();
        synonyms = String.join(", ", entry.synonyms());
        expression = entry.expression();
        if (entry.columnId() != null) {
            notices.fetch(() -> catalog.column(slug, entry.columnId())).ifPresent(column -> {
                tableId = column.tableId();
                columnId = column.id();
                notices.fetch(() -> catalog.table(slug, column.tableId())).ifPresent(t -> sourceId = t.dataSourceId());
            });
        }
    }

    public void save() {
        List<String> synonymList = synonyms == null ? List.of() : Arrays.stream(synonyms.split("[,\\n]"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        GlossaryInput input = new GlossaryInput(term, definition, synonymList, columnId,
                expression == null || expression.isBlank() ? null : expression);
        Long id = editedId;
        notices.fetch(() -> id == null ? glossary.create(slug, input) : glossary.update(slug, id, input))
                .ifPresent(saved -> {
                    notices.info(id == null ? "glossary.added" : "glossary.saved", saved.term());
                    PrimeFaces.current().ajax().addCallbackParam("done", true);
                    terms = null;
                });
    }

    public void delete(GlossaryEntry entry) {
        if (notices.run(() -> glossary.delete(slug, entry.id()))) {
            notices.info("glossary.deleted", entry.term());
        }
        terms = null;
    }

    public String deleteQuestion(GlossaryEntry entry) {
        return notices.text("glossary.delete.confirm", entry.term());
    }

    public List<Choice> getSourceChoices() {
        return notices.fetch(() -> dataSources.list(slug)).orElse(List.of()).stream()
                .map((DataSourceInfo s) -> new Choice(s.id(), s.name())).toList();
    }

    public List<Choice> getTableChoices() {
        if (sourceId == null) {
            return List.of();
        }
        return notices.fetch(() -> catalog.tables(slug, sourceId)).orElse(List.of()).stream()
                .map((TableSummary t) -> new Choice(t.id(), t.schema() + "." + t.name())).toList();
    }

    public List<Choice> getColumnChoices() {
        if (tableId == null) {
            return List.of();
        }
        return notices.fetch(() -> catalog.table(slug, tableId)).map(TableDetail::columns).orElse(List.of()).stream()
                .map(c -> new Choice(c.id(), c.name() + " (" + c.databaseType() + ")")).toList();
    }

    public void sourceChanged() {
        tableId = null;
        columnId = null;
    }

    public void tableChanged() {
        columnId = null;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public String getSynonyms() {
        return synonyms;
    }

    public void setSynonyms(String synonyms) {
        this.synonyms = synonyms;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public void setSourceId(Long sourceId) {
        this.sourceId = sourceId;
    }

    public Long getTableId() {
        return tableId;
    }

    public void setTableId(Long tableId) {
        this.tableId = tableId;
    }

    public Long getColumnId() {
        return columnId;
    }

    public void setColumnId(Long columnId) {
        this.columnId = columnId;
    }

    public String getExpression() {
        return expression;
    }

    public void setExpression(String expression) {
        this.expression = expression;
    }
}
