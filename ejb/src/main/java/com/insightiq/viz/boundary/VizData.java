package com.insightiq.viz.boundary;

import com.insightiq.query.control.ResultColumn;
import java.util.List;

/**
 * The rows a visualization draws: the result's columns and rows as canonical values (see
 * {@link com.insightiq.query.control.RowSink}), read up to the visualization row limit ({@code truncated} when more
 * rows were left unread), and {@code totalRows} read.
 */
public record VizData(List<ResultColumn> columns, List<List<Object>> rows, boolean truncated, long totalRows) {
}
