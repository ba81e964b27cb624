package com.insightiq.home.control;

import com.insightiq.dashboard.boundary.CardMapping;
import com.insightiq.dashboard.boundary.DashboardFilter;
import com.insightiq.question.boundary.QuestionParameter;
import com.insightiq.viz.boundary.Visualization;
import java.util.List;

/**
 * A generated dashboard before anything is saved: its name, filters, and one question per card with the card's place
 * on the 24-column grid and its filter wiring. Saving it (questions first, then the dashboard) is the caller's.
 */
public record XRayPlan(String name, String description, List<DashboardFilter> filters, List<Card> cards) {
    public XRayPlan {
        filters = List.copyOf(filters);
        cards = List.copyOf(cards);
    }

    /** A question card: the question to save and where it sits. */
    public record Card(String name, String sql, List<QuestionParameter> parameters, Visualization visualization,
                       int col, int row, int width, int height, List<CardMapping> mappings) {
        public Card {
            parameters = List.copyOf(parameters);
            mappings = List.copyOf(mappings);
        }

        /** The same card at another place. */
        public Card at(int newCol, int newRow) {
            return new Card(name, sql, parameters, visualization, newCol, newRow, width, height, mappings);
        }
    }
}
