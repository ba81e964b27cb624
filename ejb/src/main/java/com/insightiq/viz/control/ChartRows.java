package com.insightiq.viz.control;

import com.insightiq.query.control.ResultColumn;
import com.insightiq.query.control.RowSink;
import com.insightiq.viz.boundary.VizData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects the rows a chart draws, up to a limit: the first row past it stops the read ({@code truncated}), so a
 * huge result never sits in memory whole. Not thread-safe: one read, one sink.
 */
public final class ChartRows implements RowSink {
    private final int maxRows;
    private final List<List<Object>> rows = new ArrayList<>();
    private List<ResultColumn> columns = List.of();
    private boolean truncated;

    public ChartRows(int maxRows) {
        this.maxRows = Math.max(1, maxRows);
    }

    @Override
    public void columns(List<ResultColumn> given) {
        this.columns = List.copyOf(given);
    }

    @Override
    public boolean row(Object[] values) {
        if (rows.size() >= maxRows) {
            truncated = true;
            return false;
        }
        rows.add(java.util.Collections.unmodifiableList(Arrays.asList(values)));
        return true;
    }

    @Override
    public void finish(long rowCount, boolean cut) {
        truncated = truncated || cut;
    }

    public List<ResultColumn> columnList() {
        return columns;
    }

    public List<List<Object>> rows() {
        return java.util.Collections.unmodifiableList(rows);
    }

    public boolean truncated() {
        return truncated;
    }

    /** What was read, for the renderer. */
    public VizData data() {
        return new VizData(columns, rows(), truncated, rows.size());
    }
}
