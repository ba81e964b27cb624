package com.insightiq.home.control;

import java.util.List;

/**
 * What the x-ray generator knows of one catalog table: where it lives and its columns in position order.
 * {@code semanticType} is the effective type's code ("date-time", "category", …) or null; {@code distinctCount} is
 * the fingerprint's count, null when the table was not sampled.
 */
public record XRayTable(long id, long dataSourceId, String schema, String name, String displayName,
                        List<Column> columns) {
    public XRayTable {
        columns = List.copyOf(columns);
    }

    public record Column(long id, String name, String displayName, String semanticType, Integer distinctCount,
                         boolean hidden) {
    }
}
