package com.insightiq.query.control;

import java.util.List;

/** One page of rows as a person sees it: canonical values, whether more follow, and whether it came from the cache. */
public record ResultPage(List<ResultColumn> columns, List<List<Object>> rows, long offset, boolean truncated,
                         long durationMs, boolean cached) {
    public ResultPage {
        columns = List.copyOf(columns);
    }

    public int rowCount() {
        return rows.size();
    }
}
