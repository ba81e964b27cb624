package com.insightiq.query.view;

import com.insightiq.catalog.boundary.SchemaOutlines;
import com.insightiq.connection.boundary.DataSourceInfo;
import com.insightiq.connection.boundary.DataSources;
import com.insightiq.platform.view.CurrentUser;
import com.insightiq.platform.view.Notices;
import com.insightiq.query.boundary.ExecutionState;
import com.insightiq.query.boundary.HistoryEntry;
import com.insightiq.query.boundary.Queries;
import com.insightiq.query.boundary.QueryForm;
import com.insightiq.query.control.QueryFailedException;
import com.insightiq.query.control.QueryProblem;
import com.insightiq.tenancy.api.CurrentTenant;
import com.insightiq.connection.entity.Engine;
import com.insightiq.viz.boundary.DrilledQuery;
import com.insightiq.viz.boundary.ChartData;
import com.insightiq.viz.boundary.Visualizations;
import com.insightiq.viz.view.DrillClick;
import com.insightiq.viz.view.VizPanel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.primefaces.PrimeFaces;
import org.primefaces.extensions.model.monacoeditor.EditorMinimapOptions;
import org.primefaces.extensions.model.monacoeditor.EditorOptions;

/**
 * The SQL editor: a data source, SQL with variables, and the run it started last. Runs are asynchronous: {@link #run}
 * submits and returns at once, then the page calls {@link #await} again and again, each call waiting at most
 * {@link #AWAIT} for the engine, so the page never hangs and Cancel gets through within that time.
 */
@Named("sqlEditorView")
@ViewScoped
public class SqlEditorView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final Duration AWAIT = Duration.ofSeconds(1);

    @Inject
    Queries queries;

    @Inject
    DataSources dataSources;

    @Inject
    SchemaOutlines outlines;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    CurrentUser currentUser;

    @Inject
    Notices notices;

    @Inject
    QueryHistoryView history;

    @Inject
    com.insightiq.question.boundary.Questions questions;

    @Inject
    VizPanel vizPanel;

    @Inject
    Visualizations visualizations;

    @Inject
    ChartData chartData;

    @Inject
    EditorDrafts drafts;

    private String slug;
    private Long dataSourceId;
    private String sql = "";
    /** What Run sends: the selection, or all the SQL; and where it starts in the editor (1-based). */
    private String runSql;
    private int runLine = 1;
    private int runColumn = 1;
    private final VariableInputs variables = new VariableInputs();
    private QueryRun run;
    private int startLine = 1;
    private int startColumn = 1;
    private ResultRows rows;
    private List<ResultHeader> headers = List.of();
    private boolean visualize;
    private LastRun lastRun;
    // Boundary records are not serializable; after the session was passivated they are simply loaded again.
    private transient List<DataSourceInfo> sources;
    private transient SchemaOutline outline;
    private transient List<ResultRow> selectedRows;

    @PostConstruct
    void start() {
        slug = currentTenant.slug().orElse(null);
        if (!mayRun()) {
            return;
        }
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        Long requested = EditorParameters.id(parameters.get("source"));
        dataSourceId = getSources().stream().map(DataSourceInfo::id).filter(id -> id.equals(requested)).findFirst()
                .orElse(getSources().isEmpty() ? null : getSources().get(0).id());
        Long table = EditorParameters.id(parameters.get("table"));
        getOutline().tables().stream().filter(t -> table != null && t.id() == table).findFirst()
                .ifPresent(t -> sql = "SELECT *\nFROM " + t.sql()); // the engine caps the rows it shows
        Long question = EditorParameters.id(parameters.get("question"));
        if (question != null) {
            notices.fetch(() -> questions.get(slug, question)).ifPresent(q -> {
                dataSourceId = q.dataSourceId();
                sql = q.sql();
                outline = null;
                variables.follow(sql);
            });
        }
        drafts.take(parameters.get("draft")).ifPresent(this::openDraft);
    }

    /** A query another page handed over (a question's drill-through): its SQL and values, its visualization shown. */
    private void openDraft(EditorDrafts.Draft draft) {
        if (getSources().stream().noneMatch(s -> s.id() == draft.dataSourceId())) {
            return;
        }
        dataSourceId = draft.dataSourceId();
        sql = draft.sql();
        outline = null;
        variables.follow(sql);
        variables.preset(draft.values());
        vizPanel.show(null, draft.visualization(), null);
        visualize = true;
    }

    /** Viewers run saved questions only; analysts and admins write SQL. */
    public boolean mayRun() {
        return slug != null && currentUser.may("query", "run");
    }

    public List<DataSourceInfo> getSources() {
        if (sources == null) {
            sources = slug == null ? List.of() : notices.fetch(() -> dataSources.list(slug)).orElse(List.of());
        }
        return sources;
    }

    public SchemaOutline getOutline() {
        if (outline == null) {
            outline = dataSourceId == null ? SchemaOutline.empty()
                    : notices.fetch(() -> new SchemaOutline(engine(), outlines.outline(slug, dataSourceId)))
                            .orElse(SchemaOutline.empty());
        }
        return outline;
    }

    private String engine() {
        return getSources().stream().filter(s -> s.id() == dataSourceId).map(DataSourceInfo::engine).findFirst()
                .orElse(null);
    }

    public void sourceChanged() {
        outline = null;
    }

    /** Called while the person types: the widgets follow the variables in the SQL. */
    public void detectVariables() {
        variables.follow(sql);
    }

    public void run() {
        String text = runSql == null || runSql.isBlank() ? sql : runSql;
        if (text == null || text.isBlank()) {
            notices.error("editor.nothingToRun");
            return;
        }
        variables.follow(sql);
        startLine = runSql == null || runSql.isBlank() ? 1 : Math.max(runLine, 1);
        startColumn = runSql == null || runSql.isBlank() ? 1 : Math.max(runColumn, 1);
        rows = null;
        headers = List.of();
        vizPanel.clear();
        QueryForm form;
        try {
            form = new QueryForm(dataSourceId, text, variables.forms(text), null, null);
        } catch (VariableInput.BadValue bad) {
            run = QueryRun.refused("invalid-input", notices.text(bad.messageKey));
            report();
            return;
        }
        lastRun = LastRun.of(form);
        run = null;
        // A result from the cache (the same SQL and values ran a moment ago) is finished at once: its rows come with
        // the submit's state, and the page does not wait again, so they must be taken from here.
        ExecutionState submitted = ask(() -> queries.submit(slug, form)).orElse(null);
        if (submitted != null) {
            run = new QueryRun(submitted);
        }
        follow(submitted);
    }

    /** One short wait for the running execution; the page calls again while it is still running. */
    public void await() {
        if (run == null || !run.isActive()) {
            report();
            return;
        }
        ExecutionState state = ask(() -> queries.await(slug, run.getExecutionId(), AWAIT)).orElse(null);
        if (state == null && run.isActive()) {
            run = QueryRun.refused("query-failed", notices.text("editor.lost")); // never wait again for nothing
        }
        follow(state);
    }

    /**
     * A boundary call whose refusal becomes the run's error, shown where results go: the engine's own failures keep
     * their line and position, other refusals (e.g. permissions) their message.
     */
    private <T> Optional<T> ask(Supplier<T> call) {
        try {
            return notices.fetch(call, refusal -> run = QueryRun.refused(QueryProblem.INVALID_INPUT, refusal));
        } catch (QueryFailedException failure) {
            run = QueryRun.refused(failure.problem());
            return Optional.empty();
        }
    }

    public void cancel() {
        if (run != null && run.isActive()) {
            notices.run(() -> queries.cancel(slug, run.getExecutionId()));
        }
    }

    private void follow(ExecutionState state) {
        if (state != null) {
            run.apply(state);
            if (state.result() != null && state.finished()) {
                rows = new ResultRows(slug, state.result());
                headers = state.result().columns().stream()
                        .map(c -> new ResultHeader(state.result().columns().indexOf(c), c.name(), c.type())).toList();
            }
        }
        if (run != null && !run.isActive()) {
            history.refresh();
            if (visualize && run.isCompleted()) {
                visualizeLastRun();
            }
        }
        report();
    }

    /** The Table/Visualization switch: the chart reads the last run's rows up to the visualization limit. */
    public void visualizeChanged() {
        if (visualize && run != null && run.isCompleted() && !vizPanel.isShowing()) {
            visualizeLastRun();
        }
    }

    private void visualizeLastRun() {
        if (lastRun == null) {
            return;
        }
        try {
            notices.fetch(() -> chartData.of(slug, lastRun.form())).ifPresentOrElse(vizPanel::show,
                    vizPanel::clear);
        } catch (QueryFailedException failure) {
            vizPanel.clear();
            notices.error("viz.readFailed", failure.getMessage());
        }
    }

    /** Tells the page's script whether to wait again, and where in the editor an error is. */
    private void report() {
        PrimeFaces.Ajax ajax = PrimeFaces.current().ajax();
        ajax.addCallbackParam("running", run != null && run.isActive());
        if (run != null && run.isFailed() && getErrorLine() != null) {
            ajax.addCallbackParam("errorLine", getErrorLine());
            ajax.addCallbackParam("errorColumn", getErrorColumn() == null ? 1 : getErrorColumn());
            ajax.addCallbackParam("errorMessage", run.getErrorMessage());
        }
    }

    /** The error's line in the editor (a selection that ran may start further down). */
    public Integer getErrorLine() {
        return run == null || run.getErrorLine() == null ? null : startLine + run.getErrorLine() - 1;
    }

    public Integer getErrorColumn() {
        if (run == null || run.getErrorPosition() == null) {
            return null;
        }
        return run.getErrorLine() != null && run.getErrorLine() == 1 ? startColumn + run.getErrorPosition() - 1
                : run.getErrorPosition();
    }

    /** Opens a run of the history: its SQL and data source replace the editor's. */
    public void open(String executionId) {
        HistoryEntry entry = history.find(executionId);
        if (entry == null) {
            return;
        }
        sql = entry.sql();
        if (getSources().stream().anyMatch(s -> s.id() == entry.dataSourceId())) {
            dataSourceId = entry.dataSourceId();
            outline = null;
        }
        variables.follow(sql);
        PrimeFaces.current().ajax().addCallbackParam("sql", sql);
    }

    /**
     * A click on the chart's drill-through menu (remote command vizDrill): the last run's SQL wrapped by the viz
     * boundary with the clicked values as variables, which the editor then shows and runs with its visualization.
     */
    public void drill() {
        Map<String, String> p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        var request = DrillClick.of(p.get("action"), p.get("column"), p.get("point"));
        if (request.isEmpty() || lastRun == null || vizPanel.getData() == null) {
            notices.error("viz.drill.unavailable");
            report();
            return;
        }
        Engine engine = Engine.fromCode(engine()).orElse(Engine.POSTGRESQL);
        LastRun asked = lastRun;
        notices.fetch(() -> visualizations.drill(asked.sql(), request.get(), vizPanel.getData().columns(), engine))
                .ifPresentOrElse(drilled -> startWith(drilled, asked), this::report);
    }

    /** Shows a drilled query in the editor (the original variables keep their values) and runs it. */
    private void startWith(DrilledQuery drilled, LastRun asked) {
        sql = drilled.sql();
        runSql = null;
        variables.follow(sql);
        variables.preset(asked.form().parameters());
        variables.preset(drilled.parameters());
        vizPanel.show(null, drilled.visualization(), null);
        PrimeFaces.current().ajax().addCallbackParam("sql", sql);
        run();
    }

    /** The query of the last run, as asked (what an export writes). */
    public LastRun getLastRun() {
        return lastRun;
    }

    /** SQL highlighting, an accessible name; the theme follows the page's (see sql-editor.js). */
    public EditorOptions getEditorOptions() {
        return new EditorOptions().setLanguage("sql").setAriaLabel(notices.text("editor.sql.label"))
                .setAutomaticLayout(true).setFontSize(14).setTabSize(2).setScrollBeyondLastLine(false)
                .setFixedOverflowWidgets(true).setMinimap(new EditorMinimapOptions().setEnabled(false))
                .setWordWrap("on");
    }

    public List<ResultRow> getSelectedRows() {
        return selectedRows;
    }

    public void setSelectedRows(List<ResultRow> selectedRows) {
        this.selectedRows = selectedRows;
    }

    public VariableInputs getVariables() {
        return variables;
    }

    public QueryRun getRun() {
        return run;
    }

    public boolean isRunning() {
        return run != null && run.isActive();
    }

    public ResultRows getRows() {
        return rows;
    }

    public List<ResultHeader> getHeaders() {
        return headers;
    }

    public Long getDataSourceId() {
        return dataSourceId;
    }

    public void setDataSourceId(Long dataSourceId) {
        this.dataSourceId = dataSourceId;
    }

    public String getSql() {
        return sql;
    }

    public void setSql(String sql) {
        this.sql = sql == null ? "" : sql;
    }

    public String getRunSql() {
        return runSql;
    }

    public void setRunSql(String runSql) {
        this.runSql = runSql;
    }

    public int getRunLine() {
        return runLine;
    }

    public void setRunLine(int runLine) {
        this.runLine = runLine;
    }

    public int getRunColumn() {
        return runColumn;
    }

    public void setRunColumn(int runColumn) {
        this.runColumn = runColumn;
    }

    public boolean isVisualize() {
        return visualize;
    }

    public void setVisualize(boolean visualize) {
        this.visualize = visualize;
    }
}
