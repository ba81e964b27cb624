package com.insightiq.viz.control;

import com.insightiq.query.control.ResultColumn;
import com.insightiq.viz.boundary.VizData;
import java.util.ArrayList;
import java.util.List;

/**
 * One render's inputs in one place: the rows, the column kinds (decided once), the settings, the formats, the point
 * threshold, and the notes collected on the way (a setting naming a missing column, points left out, …).
 */
public record Drawing(VizData data, List<ColumnKind> kinds, VizSettings settings, ValueFormats formats,
                      int maxPoints, List<String> notes) {

    public static Drawing of(VizData data, VizSettings settings, ValueFormats formats, int maxPoints) {
        List<ColumnKind> kinds = new ArrayList<>();
        for (int i = 0; i < data.columns().size(); i++) {
            kinds.add(ColumnKind.of(data.columns().get(i), data.rows(), i));
        }
        return new Drawing(data, kinds, settings, formats, maxPoints, new ArrayList<>());
    }

    public List<ResultColumn> columns() {
        return data.columns();
    }

    public List<List<Object>> rows() {
        return data.rows();
    }

    public List<String> names() {
        return columns().stream().map(ResultColumn::name).toList();
    }

    /** The index of the column named {@code name}, or -1. */
    public int index(String name) {
        return names().indexOf(name);
    }

    public ColumnKind kind(int index) {
        return index < 0 || index >= kinds.size() ? ColumnKind.OTHER : kinds.get(index);
    }

    /** A numeric column that is an amount, not a key. */
    public boolean measure(int index) {
        return kind(index) == ColumnKind.NUMBER && !ColumnKind.isKey(columns().get(index));
    }

    public Object cell(List<Object> row, int index) {
        return row == null || index < 0 || index >= row.size() ? null : row.get(index);
    }

    public void note(String sentence) {
        if (!notes.contains(sentence)) {
            notes.add(sentence);
        }
    }
}
