package com.insightiq.dashboard.control;

import java.util.Set;

/**
 * What a dashboard card knows of its question: its name, visualization and {@code {{parameter}}} names when the
 * caller may see it, else {@code problem} says why not (gone, in the trash, not visible) and the rest is null/empty.
 */
public record CardQuestion(long id, String name, String visualizationType, Set<String> parameters, Long collectionId,
                           String problem) {
    public static final String GONE = "The question of this card was deleted.";
    public static final String TRASHED = "The question of this card is in the trash.";
    public static final String HIDDEN = "You may not open the question of this card.";

    public boolean usable() {
        return problem == null;
    }
}
