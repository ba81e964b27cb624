package com.insightiq.nlq.boundary;

/** An admin's synonym: {@code target} table | column | value; tableId for table, columnId (+ value) otherwise. */
public record SynonymForm(Long dataSourceId, String phrase, String target, Long tableId, Long columnId,
        String value) {
}
