package com.insightiq.query.control;

import java.util.ArrayList;
import java.util.List;

/**
 * A complete result kept for reuse: annotated columns and every row in canonical values. In the cache it travels as
 * plain JDK types only (see {@link #toCacheValue()}), so any cluster member can read it without the application's
 * classes.
 */
public record CachedResult(List<ResultColumn> columns, List<Object[]> rows, long durationMs) {
    public CachedResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public int rowCount() {
        return rows.size();
    }

    public Object[] toCacheValue() {
        int n = columns.size();
        String[] names = new String[n];
        String[] types = new String[n];
        String[] semantics = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = columns.get(i).name();
            types[i] = columns.get(i).type();
            semantics[i] = columns.get(i).semanticType();
        }
        return new Object[] {names, types, semantics, rows.toArray(new Object[0][]), durationMs};
    }

    public static CachedResult fromCacheValue(Object[] value) {
        String[] names = (String[]) value[0];
        String[] types = (String[]) value[1];
        String[] semantics = (String[]) value[2];
        Object[][] rows = (Object[][]) value[3];
        List<ResultColumn> columns = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            columns.add(new ResultColumn(names[i], types[i], semantics[i]));
        }
        return new CachedResult(columns, List.of(rows), (Long) value[4]);
    }
}
