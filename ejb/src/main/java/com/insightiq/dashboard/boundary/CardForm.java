package com.insightiq.dashboard.boundary;

import java.util.List;

/**
 * One card as sent in a dashboard's PUT/POST: {@code id} null for a new card (the server assigns one), else the id
 * of a card of this dashboard (another id: 400). {@code kind}: "question" (with {@code questionId}), "text"
 * (markdown in {@code text}; {@code {{filterId}}} shows the filter's current value), "heading" ({@code text}), "link"
 * ({@code url}, http(s) or a path of this application, and {@code text} as its label). Position and size in cells of
 * the 24-column grid: {@code col} 0..23, {@code row} ≥ 0, {@code width} 1..24 with col + width ≤ 24, {@code height}
 * 1..48; cards of one tab may not overlap. {@code title} overrides the question's name; {@code tab} is a tab id (null
 * when the dashboard has no tabs).
 */
public record CardForm(Long id, String kind, Long questionId, String tab, Integer col, Integer row, Integer width,
                       Integer height, String title, String text, String url, List<CardMapping> mappings,
                       CardClick click) {
}
