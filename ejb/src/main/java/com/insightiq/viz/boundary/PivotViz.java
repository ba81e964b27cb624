package com.insightiq.viz.boundary;

import java.util.List;

/**
 * A pivot table as a grid ready for an HTML table: header rows then body rows, each a list of cells with spans.
 * {@code kind} is {@code corner}, {@code column-header}, {@code row-header}, {@code value}, {@code subtotal} or
 * {@code total}, so pages and tests find totals without recomputing them.
 */
public record PivotViz(List<List<Cell>> header, List<List<Cell>> body) {
    /** One cell: text, raw number (values and totals; else null), spans and kind. */
    public record Cell(String text, Object raw, int colspan, int rowspan, String kind) {
    }
}
