package com.insightiq.question.view;

import com.insightiq.connection.boundary.DataSources;
import com.insightiq.connection.entity.Engine;
import com.insightiq.platform.view.CurrentUser;
import com.insightiq.platform.view.Links;
import com.insightiq.platform.view.Notices;
import com.insightiq.query.boundary.ParameterForm;
import com.insightiq.query.control.QueryFailedException;
import com.insightiq.query.view.EditorDrafts;
import com.insightiq.query.view.VariableInput;
import com.insightiq.question.boundary.QuestionForm;
import com.insightiq.question.boundary.QuestionInfo;
import com.insightiq.question.boundary.Questions;
import com.insightiq.tenancy.api.CurrentTenant;
import com.insightiq.viz.boundary.RenderedViz;
import com.insightiq.viz.boundary.Visualization;
import com.insightiq.viz.boundary.Visualizations;
import com.insightiq.viz.boundary.VizData;
import com.insightiq.viz.view.DrillClick;
import com.insightiq.viz.view.VizPanel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of a question page: one run reads the rows up to the chart limit ({@link Questions#chartRows}) and the
 * page's {@link VizPanel} draws them as the question's visualization; the Table view renders the same rows as a
 * plain table visualization, and settings changes redraw without running again. Curators save the shown visualization
 * as the question's (a new revision); a drill-through opens the SQL editor with the wrapped query.
 */
@Named("questionChart")
@ViewScoped
public class QuestionChart implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String VIZ_ID = "questionViz";

    @Inject
    QuestionView page;

    @Inject
    Questions questions;

    @Inject
    VizPanel vizPanel;

    @Inject
    Visualizations visualizations;

    @Inject
    DataSources dataSources;

    @Inject
    EditorDrafts drafts;

    @Inject
    Notices notices;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    CurrentUser currentUser;

    @Inject
    Links links;

    /** The Table ↔ Visualization switch: a question opens showing its visualization. */
    private boolean visualize = true;
    private boolean ran;
    private String error;
    private long totalRows;
    private boolean truncated;
    private long durationMs;
    private transient RenderedViz table;

    /** Runs the question with the page's parameter values; the first run shows the saved visualization. */
    public void run() {
        QuestionInfo question = page.getQuestion();
        Optional<List<ParameterForm>> values = values();
        if (question == null || values.isEmpty()) {
            return;
        }
        String slug = currentTenant.slug().orElseThrow();
        long started = System.nanoTime();
        error = null;
        table = null;
        vizPanel.clear();
        Optional<VizData> rows;
        try {
            rows = notices.fetch(() -> questions.chartRows(slug, question.id(), values.get()), this::refused);
        } catch (QueryFailedException failure) {
            refused(failure.getMessage());
            return;
        }
        durationMs = (System.nanoTime() - started) / 1_000_000;
        rows.ifPresent(data -> {
            totalRows = data.totalRows();
            truncated = data.truncated();
            if (ran) {
                vizPanel.show(data); // a run with other values keeps the person's settings
            } else {
                vizPanel.show(data, question.visualization(), question.name());
            }
            ran = true;
        });
    }

    private void refused(String reason) {
        error = reason;
        vizPanel.clear();
        table = null;
    }

    private Optional<List<ParameterForm>> values() {
        List<ParameterForm> values = new ArrayList<>();
        for (VariableInput input : page.getInputs()) {
            try {
                values.add(input.form());
            } catch (VariableInput.BadValue bad) {
                notices.error(bad.messageKey);
                return Optional.empty();
            }
        }
        return Optional.of(values);
    }

    /** The Table view: the same rows as a plain table (times in the tenant's zone), rendered once. */
    public RenderedViz getTable() {
        if (table == null) {
            table = vizPanel.renderAs(new Visualization("table", Map.of()));
        }
        return table;
    }

    /** Curators: the shown type and settings become the question's ("Changed the visualization"). */
    public void saveVisualization() {
        Visualization shown = vizPanel.getVisualization();
        if (shown == null) {
            return;
        }
        if (page.change(q -> new QuestionForm(q.name(), q.description(), q.dataSourceId(), q.sql(), q.parameters(),
                shown, q.collectionId(), q.cacheTtlSeconds(), q.version()))) {
            notices.info("question.visualization.saved");
        }
    }

    /** Drill-through needs the editor: analysts and admins. */
    public boolean isMayDrill() {
        return currentUser.may("query", "run");
    }

    /**
     * A click on the chart's drill-through menu (remote command vizDrill): the question's SQL wrapped by the viz
     * boundary with the clicked values, opened in the SQL editor with the question's parameter values.
     */
    public void drill() throws IOException {
        QuestionInfo question = page.getQuestion();
        Map<String, String> p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        var request = DrillClick.of(p.get("action"), p.get("column"), p.get("point"));
        Optional<List<ParameterForm>> values = values();
        if (question == null || request.isEmpty() || vizPanel.getData() == null || values.isEmpty() || !isMayDrill()) {
            notices.error("viz.drill.unavailable");
            return;
        }
        String slug = currentTenant.slug().orElseThrow();
        Engine engine = notices.fetch(() -> dataSources.get(slug, question.dataSourceId()))
                .flatMap(source -> Engine.fromCode(source.engine())).orElse(Engine.POSTGRESQL);
        var drilled = notices.fetch(() -> visualizations.drill(question.sql(), request.get(),
                vizPanel.getData().columns(), engine));
        if (drilled.isPresent()) {
            List<ParameterForm> all = new ArrayList<>(values.get());
            all.addAll(drilled.get().parameters());
            String key = drafts.put(new EditorDrafts.Draft(question.dataSourceId(), drilled.get().sql(), all,
                    drilled.get().visualization()));
            FacesContext.getCurrentInstance().getExternalContext()
                    .redirect(links.to("/query/editor.xhtml?draft=" + key));
        }
    }

    public String getVizId() {
        return VIZ_ID;
    }

    public boolean isVisualize() {
        return visualize;
    }

    public void setVisualize(boolean visualize) {
        this.visualize = visualize;
    }

    public boolean isRan() {
        return ran && error == null && vizPanel.getData() != null;
    }

    public String getError() {
        return error;
    }

    public long getTotalRows() {
        return totalRows;
    }

    public boolean isTruncated() {
        return truncated;
    }

    public long getDurationMs() {
        return durationMs;
    }
}
