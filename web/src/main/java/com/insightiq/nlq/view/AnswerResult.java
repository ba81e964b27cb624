package com.insightiq.nlq.view;

import com.insightiq.platform.view.Notices;
import com.insightiq.query.boundary.ExecutionState;
import com.insightiq.query.boundary.Queries;
import com.insightiq.query.boundary.QueryPage;
import com.insightiq.tenancy.api.CurrentTenant;
import com.insightiq.viz.boundary.RenderedViz;
import com.insightiq.viz.boundary.Visualization;
import com.insightiq.viz.boundary.Visualizations;
import com.insightiq.viz.boundary.VizData;
import com.insightiq.viz.view.VizPanel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.Map;

/**
 * The rows of an answer drawn as the question pages draw theirs: the page's {@link VizPanel} with the visualization the
 * answer suggests (a single figure as a number), and a Table view of the same rows. The execution the boundary
 * started is awaited here when it had not finished within the boundary's wait.
 */
@Named("answerResult")
@ViewScoped
public class AnswerResult implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Long enough for the sample's questions on a busy machine; a slower query says so rather than hanging. */
    static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    VizPanel vizPanel;

    @Inject
    Visualizations visualizations;

    @Inject
    Queries queries;

    @Inject
    Notices notices;

    @Inject
    CurrentTenant currentTenant;

    private boolean visualize = true;
    private String error;
    private long rows;
    private boolean truncated;
    private long durationMs;
    private transient RenderedViz table;

    /** Draws the execution's first page; {@code suggested} is the answer's visualization (scalar, bar, line, …). */
    void show(ExecutionState execution, String suggested, String title) {
        clear();
        if (execution == null) {
            return;
        }
        ExecutionState state = execution;
        if (!state.finished()) {
            String slug = currentTenant.slug().orElseThrow();
            state = notices.fetch(() -> queries.await(slug, execution.executionId(), WAIT), this::failed)
                    .orElse(null);
            if (state == null) {
                return;
            }
        }
        if (!"completed".equals(state.status()) || state.result() == null) {
            error = state.error() == null ? state.status() : state.error().message();
            return;
        }
        QueryPage page = state.result();
        rows = page.rowCount();
        truncated = page.truncated();
        durationMs = page.durationMs();
        vizPanel.show(new VizData(page.columns(), page.rows(), page.truncated(), page.rowCount()), visualization(suggested),
                title);
    }

    void clear() {
        error = null;
        table = null;
        rows = 0;
        vizPanel.clear();
    }

    private void failed(String reason) {
        error = reason;
    }

    /** The answer's suggestion as one of the viz engine's types; null lets the engine choose. */
    private Visualization visualization(String suggested) {
        String type = "scalar".equals(suggested) ? "number" : suggested;
        return type != null && visualizations.types().contains(type) ? new Visualization(type, Map.of()) : null;
    }

    public RenderedViz getTable() {
        if (table == null) {
            table = vizPanel.renderAs(new Visualization("table", Map.of()));
        }
        return table;
    }

    public boolean isShowing() {
        return error == null && vizPanel.getData() != null;
    }

    public boolean isVisualize() {
        return visualize;
    }

    public void setVisualize(boolean visualize) {
        this.visualize = visualize;
    }

    public String getError() {
        return error;
    }

    public long getRows() {
        return rows;
    }

    public boolean isTruncated() {
        return truncated;
    }

    public long getDurationMs() {
        return durationMs;
    }
}
