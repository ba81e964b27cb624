package com.insightiq.dashboard.control;

import com.insightiq.dashboard.boundary.CardMapping;
import com.insightiq.dashboard.boundary.DashboardFilter;
import com.insightiq.dashboard.entity.CardKind;
import com.insightiq.question.boundary.QuestionParameter;
import com.insightiq.viz.boundary.Visualization;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What running a dashboard's cards needs, read once in a short transaction of its own ({@link DashboardPlans}) so no
 * transaction or connection of the application's pool is held while the queries run.
 */
public record DashboardPlan(long id, List<DashboardFilter> filters, List<Card> cards) {

    /** A card; {@code question} is empty when the card shows none or its question is gone ({@code problem} says). */
    public record Card(long id, CardKind kind, String tab, Map<String, Object> settings, List<CardMapping> mappings,
                       Optional<Question> question, String problem) {
        public String setting(String key) {
            Object value = settings.get(key);
            return value == null ? null : value.toString();
        }
    }

    /** The saved question behind a card, as the engine runs it. */
    public record Question(long id, long dataSourceId, String sql, List<QuestionParameter> parameters,
                           Visualization visualization, Integer cacheTtlSeconds) {
    }

    public Optional<Card> card(long cardId) {
        return cards.stream().filter(c -> c.id() == cardId).findFirst();
    }

    public Optional<DashboardFilter> filter(String filterId) {
        return filters.stream().filter(f -> f.id().equals(filterId)).findFirst();
    }
}
