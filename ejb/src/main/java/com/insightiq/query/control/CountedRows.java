package com.insightiq.query.control;

import java.io.IOException;
import java.util.List;

/** Passes rows on to another sink and remembers how many there were, for the export's record. */
public final class CountedRows implements RowSink {
    private final RowSink target;
    private long rows;
    private boolean finished;

    public CountedRows(RowSink target) {
        this.target = target;
    }

    @Override
    public void columns(List<ResultColumn> columns) throws IOException {
        target.columns(columns);
    }

    @Override
    public boolean row(Object[] values) throws IOException {
        rows++;
        return target.row(values);
    }

    @Override
    public void finish(long rowCount, boolean truncated) throws IOException {
        target.finish(rowCount, truncated);
        finished = true;
    }

    public long rows() {
        return rows;
    }

    /** Whether the engine completed the result; an export that did not must not be offered as a file. */
    public boolean finished() {
        return finished;
    }
}
