package com.insightiq.viz.boundary;

import com.insightiq.query.boundary.Queries;
import com.insightiq.query.boundary.QueryForm;
import com.insightiq.viz.control.ChartRows;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The rows a chart of the editor's query draws: every row up to {@code insightiq.viz.max-rows} (default 100,000), read
 * on the calling thread through a {@link ChartRows} sink (no page cap; {@code truncated} when rows were left unread).
 * Same rights as an export: the query boundary checks them; no transaction is held while the query runs.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChartData {
    @Inject
    Queries queries;

    @Inject
    Visualizations visualizations;

    public VizData of(String slug, QueryForm form) {
        ChartRows rows = new ChartRows(visualizations.maxRows());
        queries.export(slug, form, rows);
        return rows.data();
    }
}
