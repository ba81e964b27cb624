package com.insightiq.dashboard.boundary;

import java.util.List;

/**
 * A card as the API returns it: the stored {@link CardForm} fields plus, for question cards, the question's name,
 * data source and visualization type ({@code questionName} null and {@code problem} set when the question is gone or
 * in the trash, or the caller may not see it), and per mapping whether the question still has that parameter
 * ({@code unmapped}: filter ids of the dashboard that do not apply to this card — the page marks them).
 */
public record CardInfo(long id, String kind, Long questionId, String questionName, String visualizationType,
                       String tab, int col, int row, int width, int height, String title, String text, String url,
                       List<CardMapping> mappings, CardClick click, List<String> unmapped, String problem) {
}
