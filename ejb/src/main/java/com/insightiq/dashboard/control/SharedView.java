package com.insightiq.dashboard.control;

import com.insightiq.dashboard.boundary.CardClick;
import com.insightiq.dashboard.boundary.CardInfo;
import com.insightiq.dashboard.boundary.CardMapping;
import com.insightiq.dashboard.boundary.DashboardFilter;
import com.insightiq.dashboard.boundary.DashboardInfo;
import com.insightiq.dashboard.boundary.DashboardTab;
import com.insightiq.dashboard.entity.CardKind;
import com.insightiq.dashboard.entity.Dashboard;
import com.insightiq.dashboard.entity.DashboardCard;
import com.insightiq.query.control.ParameterJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A dashboard as an anonymous viewer (public link, embedding) sees it: what draws the page and nothing that points
 * into the tenant — no question ids, no parameter names, no owner, collection, catalog column ids or public token,
 * and card clicks only when they cross-filter or open a URL. Filters in {@code hidden} (locked by an embedding) are
 * left out everywhere.
 */
public final class SharedView {

    /** What a question card shows of its question; absent from the map: the question is gone or in the trash. */
    public record QuestionLabel(String name, String visualizationType) {
    }

    private SharedView() {
    }

    public static DashboardInfo of(Dashboard dashboard, List<DashboardCard> cards, Map<Long, QuestionLabel> questions,
                                   Set<String> hidden) {
        List<DashboardFilter> filters = filters(dashboard.filtersJson()).stream()
                .filter(f -> !hidden.contains(f.id()))
                .map(f -> new DashboardFilter(f.id(), f.name(), f.type(), f.defaultValue(), f.required(), null,
                        f.linkedTo() == null ? null : f.linkedTo().stream().filter(l -> !hidden.contains(l)).toList()))
                .toList();
        List<CardInfo> infos = cards.stream().map(c -> card(c, filters, questions, hidden)).toList();
        return new DashboardInfo(dashboard.id(), dashboard.name(), dashboard.description().orElse(null), null, 0L,
                null, tabs(dashboard.tabsJson()), filters, infos, dashboard.autoRefreshMinutes().orElse(null), false,
                false, false, null, false, dashboard.authorship().createdAt(), dashboard.authorship().updatedAt(),
                dashboard.version());
    }

    static CardInfo card(DashboardCard card, List<DashboardFilter> visible, Map<Long, QuestionLabel> questions,
                         Set<String> hidden) {
        Map<String, Object> settings = object(ParameterJson.decode(card.settingsJson()));
        List<CardMapping> mappings = new ArrayList<>();
        for (Object m : list(ParameterJson.decode(card.mappingsJson()))) {
            String filterId = text(object(m).get("filterId"));
            if (filterId != null && !hidden.contains(filterId)) {
                mappings.add(new CardMapping(filterId, null));
            }
        }
        boolean question = card.kind() == CardKind.QUESTION;
        QuestionLabel label = card.questionId().map(questions::get).orElse(null);
        List<String> unmapped = question ? visible.stream().map(DashboardFilter::id)
                .filter(id -> mappings.stream().noneMatch(m -> m.filterId().equals(id))).toList() : List.of();
        return new CardInfo(card.id(), card.kind().name().toLowerCase(Locale.ROOT), null,
                label == null ? null : label.name(), label == null ? null : label.visualizationType(),
                card.tab().orElse(null), card.col(), card.row(), card.width(), card.height(),
                text(settings.get("title")), text(settings.get("text")), text(settings.get("url")), mappings,
                click(card.clickJson().orElse(null), hidden), unmapped,
                question && label == null ? "This card's question is not available." : null);
    }

    /** Cross-filtering and URLs stay; opening a question or a dashboard of the tenant is not for anonymous viewers. */
    static CardClick click(String json, Set<String> hidden) {
        if (json == null || json.isBlank()) {
            return null;
        }
        Map<String, Object> click = object(ParameterJson.decode(json));
        String action = text(click.get("action"));
        if ("filter".equals(action)) {
            String filterId = text(click.get("filterId"));
            return filterId == null || hidden.contains(filterId) ? null
                    : new CardClick("filter", filterId, text(click.get("column")), null, null, null);
        }
        if ("url".equals(action) && text(click.get("url")) != null) {
            return new CardClick("url", null, null, null, text(click.get("url")), null);
        }
        return null;
    }

    public static List<DashboardFilter> filters(String json) {
        List<DashboardFilter> filters = new ArrayList<>();
        for (Object f : list(ParameterJson.decode(json == null || json.isBlank() ? "[]" : json))) {
            Map<String, Object> m = object(f);
            Object columnId = m.get("columnId");
            filters.add(new DashboardFilter(text(m.get("id")), text(m.get("name")), text(m.get("type")),
                    m.get("default"), m.get("required") instanceof Boolean b ? b : null,
                    columnId instanceof Number n ? n.longValue() : null,
                    m.get("linkedTo") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : null));
        }
        return filters;
    }

    static List<DashboardTab> tabs(String json) {
        List<DashboardTab> tabs = new ArrayList<>();
        for (Object t : list(ParameterJson.decode(json == null || json.isBlank() ? "[]" : json))) {
            Map<String, Object> m = object(t);
            tabs.add(new DashboardTab(text(m.get("id")), text(m.get("name"))));
        }
        return tabs;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object decoded) {
        return decoded instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static List<?> list(Object decoded) {
        return decoded instanceof List<?> l ? l : List.of();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
