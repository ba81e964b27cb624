package com.insightiq.query.boundary;

import com.insightiq.query.control.ResultColumn;
import java.util.List;

/**
 * One page of a completed execution: rows as canonical values (see {@link com.insightiq.query.control.RowSink}),
 * {@code truncated} when more rows follow this page, {@code cached} when the rows came from the result cache.
 */
public record QueryPage(String executionId, List<ResultColumn> columns, List<List<Object>> rows, int rowCount,
                        long offset, boolean truncated, long durationMs, boolean cached) {
}
