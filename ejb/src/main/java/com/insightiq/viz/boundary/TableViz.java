package com.insightiq.viz.boundary;

import java.util.List;

/** A formatted table: visible columns in order, formatted rows, and the totals row when asked for (else null). */
public record TableViz(List<Column> columns, List<List<Cell>> rows, List<Cell> totals) {
    /** A column: the result's name, the title shown, and alignment ({@code left} or {@code right}). */
    public record Column(String name, String title, String align) {
    }

    /** A cell: raw value, its text, and conditional colours as CSS colours (null when none). */
    public record Cell(Object raw, String text, String background, String color) {
    }
}
