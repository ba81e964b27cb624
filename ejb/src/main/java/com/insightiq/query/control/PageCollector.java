package com.insightiq.query.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Keeps the rows of one interactive page (the pipeline stops at the page size) for the person to fetch. */
public final class PageCollector implements RowSink {
    private List<ResultColumn> columns = List.of();
    private final List<List<Object>> rows = new ArrayList<>();
    private boolean truncated;

    @Override
    public void columns(List<ResultColumn> given) {
        this.columns = List.copyOf(given);
    }

    @Override
    public boolean row(Object[] values) {
        // Arrays.asList keeps nulls (List.of does not) without copying again.
        rows.add(Collections.unmodifiableList(Arrays.asList(values)));
        return true;
    }

    @Override
    public void finish(long rowCount, boolean more) {
        this.truncated = more;
    }

    public ResultPage page(long offset, long durationMs, boolean cached) {
        return new ResultPage(columns, Collections.unmodifiableList(rows), offset, truncated, durationMs, cached);
    }
}
