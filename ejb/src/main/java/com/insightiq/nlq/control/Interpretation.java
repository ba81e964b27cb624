package com.insightiq.nlq.control;

import java.util.List;

/**
 * An NlQuery said in words: {@code text} is the one-line reading ("Sum of Total · by month of Created At ·
 * 2024-01-01 to 2024-12-31 · Orders joined to People"), {@code chips} the same parts one by one so a page can offer
 * to change each, {@code explanation} a sentence or two on how it was read.
 */
public record Interpretation(String text, List<Chip> chips, String explanation) {
    public Interpretation {
        chips = List.copyOf(chips);
    }

    /**
     * One part: {@code kind} is table, measure, field, filter, having, order, limit, join or compare; {@code index} its
     * position in the NlQuery list of that kind (0 for table/limit/compare).
     */
    public record Chip(String kind, int index, String text) {
    }
}
