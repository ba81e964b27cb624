package com.insightiq.question.boundary;

import com.insightiq.query.boundary.ParameterForm;
import com.insightiq.query.boundary.Queries;
import com.insightiq.query.control.Execution;
import com.insightiq.query.control.QueryEngine;
import com.insightiq.query.control.QueryFailedException;
import com.insightiq.query.control.QueryOrigin;
import com.insightiq.query.control.QueryProblem;
import com.insightiq.query.control.QuerySpec;
import com.insightiq.query.control.ResultPage;
import com.insightiq.query.control.RunControl;
import com.insightiq.query.entity.QueryPurpose;
import com.insightiq.question.control.QuestionValues;
import com.insightiq.viz.boundary.RenderedViz;
import com.insightiq.viz.boundary.Visualizations;
import com.insightiq.viz.boundary.VizData;
import com.insightiq.viz.control.ChartRows;
import com.insightiq.viz.control.ReportZones;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * Runs saved questions through the query engine with purpose QUESTION and the question as the run's origin (viewers
 * may run them; the history records the question; its cache TTL applies). Holds no transaction while the query runs:
 * the checks commit first ({@link QuestionAccess}).
 */
@ApplicationScoped
public class QuestionRuns {
    /** Beyond the statement timeout, how long to wait for the engine's own answer before cancelling. */
    static final long GRACE_SECONDS = 10;

    @Inject
    QuestionAccess access;

    @Inject
    QueryEngine engine;

    @Inject
    Visualizations visualizations;

    @Inject
    ReportZones zones;

    /** The first page of the result (the engine's row cap); a failed or refused query throws with its code. */
    public QuestionRun run(String slug, long id, List<ParameterForm> values) {
        QuestionAccess.Runner runner = access.forRun(slug, id);
        Execution execution = engine.submit(spec(runner, values, QueryPurpose.QUESTION));
        if (!execution.await(execution.planned().timeout().plusSeconds(GRACE_SECONDS))) {
            engine.cancel(execution);
        }
        ResultPage page = execution.result().orElseThrow(() -> new QueryFailedException(execution.problem()
                .orElse(QueryProblem.of(QueryProblem.TIMEOUT, "The question took too long to answer."))));
        return new QuestionRun(runner.question(), Queries.page(execution.id(), page),
                runner.question().visualization());
    }

    /**
     * Up to {@code insightiq.viz.max-rows} rows (no page cap) rendered as the question's visualization, times in the
     * tenant's reporting zone.
     */
    public RenderedViz visualize(String slug, long id, List<ParameterForm> values, Locale locale) {
        QuestionAccess.Runner runner = access.forRun(slug, id);
        return visualizations.render(rows(runner, values), runner.question().visualization(), locale,
                zones.zoneOf(runner.tenant()));
    }

    /**
     * The rows the question's visualization draws (up to {@code insightiq.viz.max-rows}), for a page that renders
     * them itself and redraws when settings change without running the query again.
     */
    public VizData chartRows(String slug, long id, List<ParameterForm> values) {
        return rows(access.forRun(slug, id), values);
    }

    private VizData rows(QuestionAccess.Runner runner, List<ParameterForm> values) {
        ChartRows rows = new ChartRows(visualizations.maxRows());
        // EXPORT: every row into the sink (the sink stops at the chart limit), not the interactive first page.
        engine.exportNow(spec(runner, values, QueryPurpose.EXPORT), rows);
        return rows.data();
    }

    private static QuerySpec spec(QuestionAccess.Runner runner, List<ParameterForm> values, QueryPurpose purpose) {
        QuestionInfo q = runner.question();
        return QuerySpec.of(runner.tenant(), runner.userId(), q.dataSourceId(), q.sql(),
                QuestionValues.merge(q.parameters(), values), purpose, null, null)
                .withControl(new RunControl(QueryOrigin.question(q.id(), q.cacheTtlSeconds())));
    }
}
