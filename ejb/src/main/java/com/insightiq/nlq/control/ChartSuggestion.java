package com.insightiq.nlq.control;

import com.insightiq.query.control.ResultColumn;
import java.util.List;
import java.util.Locale;

/**
 * The visualization an answer suggests: {@code scalar} for one number, {@code line} for a measure over a time field,
 * {@code bar} for a measure per category, {@code table} for everything else (listed rows, several group keys).
 */
public final class ChartSuggestion {
    private ChartSuggestion() {
    }

    /**
     * {@code columns} and {@code rows}: the first result page's columns and row count, null when the result is not
     * there yet (then the query alone decides).
     */
    public static String of(NlQuery query, List<ResultColumn> columns, Integer rows) {
        if (columns != null && rows != null && columns.size() == 1 && rows == 1) {
            return "scalar";
        }
        if (query == null || query.shownMeasures() == 0) {
            return "table";
        }
        if (query.fields().isEmpty()) {
            return query.shownMeasures() == 1 && rows == null ? "scalar" : "table";
        }
        if (query.fields().size() != 1) {
            return "table";
        }
        boolean time = query.fields().get(0).grain() != null
                || columns != null && !columns.isEmpty() && temporal(columns.get(0));
        return time ? "line" : "bar";
    }

    private static boolean temporal(ResultColumn column) {
        if ("date-time".equals(column.semanticType())) {
            return true;
        }
        String type = column.type() == null ? "" : column.type().toLowerCase(Locale.ROOT);
        return type.startsWith("date") || type.startsWith("timestamp") || type.equals("time") || type.equals("timetz");
    }
}
