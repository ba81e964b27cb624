package com.insightiq.nlq.view;

import com.insightiq.access.boundary.MemberInfo;
import com.insightiq.access.boundary.Members;
import com.insightiq.catalog.boundary.Catalog;
import com.insightiq.catalog.boundary.CatalogViews.ColumnInfo;
import com.insightiq.catalog.boundary.CatalogViews.TableSummary;
import com.insightiq.connection.boundary.DataSources;
import com.insightiq.nlq.boundary.FeedbackInfo;
import com.insightiq.nlq.boundary.NaturalLanguage;
import com.insightiq.nlq.boundary.SynonymForm;
import com.insightiq.platform.view.Notices;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.PrimeFaces;

/**
 * The admins' review of "this is wrong" reports ({@code /t/{slug}/admin/nlq-feedback}, {@code nlq:curate}): the open
 * reports with who sent them and when; Resolve, Dismiss, or "Add synonym" — a phrase mapped to a table, a column or a
 * column's value of the report's data source (from its catalog) — which also resolves the report.
 */
@Named("feedbackReviewView")
@ViewScoped
public class FeedbackReviewView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String RESOLVED = "resolved";
    static final String DISMISSED = "dismissed";

    @Inject
    NaturalLanguage naturalLanguage;

    @Inject
    Catalog catalog;

    @Inject
    DataSources dataSources;

    @Inject
    Members members;

    @Inject
    Notices notices;

    @Inject
    CurrentTenant currentTenant;

    private String slug;
    /** The report the synonym dialog is for. */
    private Long reportId;
    private long dataSourceId;
    private String phrase;
    private String target = "column";
    private Long tableId;
    private Long columnId;
    private String value;
    private transient List<FeedbackInfo> open;
    private transient Map<Long, String> names;
    private transient Map<Long, String> sources;
    private transient List<TableSummary> tables;
    private transient List<ColumnInfo> columns;

    @PostConstruct
    void start() {
        slug = currentTenant.slug().orElse(null);
    }

    public List<FeedbackInfo> getOpen() {
        if (open == null) {
            open = slug == null ? List.of() : notices.fetch(() -> naturalLanguage.feedback(slug, "open"))
                    .orElse(List.of());
        }
        return open;
    }

    public void resolve(long id) {
        review(id, RESOLVED, "nlq.review.resolved");
    }

    public void dismiss(long id) {
        review(id, DISMISSED, "nlq.review.dismissed");
    }

    private boolean review(long id, String state, String done) {
        boolean reviewed = notices.fetch(() -> naturalLanguage.review(slug, id, state)).isPresent();
        if (reviewed) {
            open = null;
            notices.info(done);
        }
        return reviewed;
    }

    /** Opens the synonym dialog for a report: its data source, the question's words as the phrase to start from. */
    public void startSynonym(long id) {
        getOpen().stream().filter(f -> f.id() == id).findFirst().ifPresent(f -> {
            reportId = f.id();
            dataSourceId = f.dataSourceId();
            phrase = null;
            target = "column";
            tableId = null;
            columnId = null;
            value = null;
            tables = null;
            columns = null;
            PrimeFaces.current().executeScript("PF('nlqSynonymDialog').show()");
        });
    }

    /** Stores the synonym and resolves the report it came from. */
    public void addSynonym() {
        if (reportId == null) {
            return;
        }
        boolean table = "table".equals(target);
        SynonymForm form = new SynonymForm(dataSourceId, phrase, target, table ? tableId : null,
                table ? null : columnId, "value".equals(target) ? value : null);
        boolean added;
        try {
            added = notices.fetch(() -> naturalLanguage.addSynonym(slug, form)).isPresent();
        } catch (RuntimeException failure) {
            if (!PipelineWarming.is(failure)) {
                throw failure;
            }
            notices.error("nlq.synonym.warming"); // the phrase is read by the language pipeline, still loading
            return;
        }
        if (added) {
            long id = reportId;
            reportId = null;
            review(id, RESOLVED, "nlq.review.synonymAdded");
            PrimeFaces.current().executeScript("PF('nlqSynonymDialog').hide()");
        }
    }

    /** The table changed: its columns are offered next. */
    public void tableChosen() {
        columns = null;
        columnId = null;
        value = null;
    }

    public List<TableSummary> getTables() {
        if (tables == null) {
            tables = reportId == null ? List.of()
                    : notices.fetch(() -> catalog.tables(slug, dataSourceId)).orElse(List.of()).stream()
                            .filter(t -> !t.hidden()).toList();
        }
        return tables;
    }

    public List<ColumnInfo> getColumns() {
        if (columns == null) {
            Long table = tableId;
            columns = table == null ? List.of()
                    : notices.fetch(() -> catalog.table(slug, table).columns()).orElse(List.of()).stream()
                            .filter(c -> !c.hidden()).toList();
        }
        return columns;
    }

    /** Values of the chosen column from the catalog's value index, for the value box's suggestions. */
    public List<String> completeValue(String typed) {
        Long column = columnId;
        String start = typed == null ? "" : typed.toLowerCase(java.util.Locale.ROOT);
        return column == null ? List.of() : notices.fetch(() -> catalog.values(slug, column), refused -> { })
                .map(v -> v.values().stream().filter(s -> s.toLowerCase(java.util.Locale.ROOT).contains(start))
                        .limit(20).toList())
                .orElse(List.of());
    }

    /** Who sent a report: the member's name (the number when they left the tenant). */
    public String who(long userId) {
        if (names == null) {
            names = new HashMap<>();
            notices.fetch(() -> members.list(slug), refused -> { }).orElse(List.of())
                    .forEach(m -> names.put(m.userId(), name(m)));
        }
        return names.getOrDefault(userId, "#" + userId);
    }

    private static String name(MemberInfo m) {
        return m.name() == null || m.name().isBlank() ? m.email() : m.name();
    }

    public String source(long id) {
        if (sources == null) {
            sources = new HashMap<>();
            notices.fetch(() -> dataSources.list(slug), refused -> { }).orElse(List.of())
                    .forEach(s -> sources.put(s.id(), s.name()));
        }
        return Optional.ofNullable(sources.get(id)).orElse("#" + id);
    }

    public String tableLabel(TableSummary t) {
        String name = t.displayName() == null || t.displayName().isBlank() ? t.name() : t.displayName();
        return t.schema() == null ? name : name + " (" + t.schema() + "." + t.name() + ")";
    }

    public String columnLabel(ColumnInfo c) {
        return c.displayName() == null || c.displayName().isBlank() ? c.name() : c.displayName() + " (" + c.name() + ")";
    }

    public Long getReportId() {
        return reportId;
    }

    public String getPhrase() {
        return phrase;
    }

    public void setPhrase(String phrase) {
        this.phrase = phrase;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
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

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
