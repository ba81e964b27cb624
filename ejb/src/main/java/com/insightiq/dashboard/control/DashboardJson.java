package com.insightiq.dashboard.control;

import com.insightiq.dashboard.boundary.CardClick;
import com.insightiq.dashboard.boundary.CardForm;
import com.insightiq.dashboard.boundary.CardInfo;
import com.insightiq.dashboard.boundary.CardMapping;
import com.insightiq.dashboard.boundary.DashboardFilter;
import com.insightiq.dashboard.boundary.DashboardForm;
import com.insightiq.dashboard.boundary.DashboardInfo;
import com.insightiq.dashboard.boundary.DashboardTab;
import com.insightiq.dashboard.entity.Dashboard;
import com.insightiq.dashboard.entity.DashboardCard;
import com.insightiq.query.control.JsonText;
import com.insightiq.query.control.ParameterJson;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON a dashboard keeps (tabs, filters, a card's settings, mappings and click) and a revision's snapshot (the
 * dashboard as the API shows it), written with {@link JsonText} and read back from decoded JSON.
 */
public final class DashboardJson {
    private DashboardJson() {
    }

    public static String tabs(List<DashboardTab> tabs) {
        return JsonText.of(tabs.stream().map(DashboardJson::map).toList());
    }

    public static List<DashboardTab> tabs(String json) {
        return list(decode(json)).stream().map(DashboardJson::tab).toList();
    }

    public static String filters(List<DashboardFilter> filters) {
        return JsonText.of(filters.stream().map(DashboardJson::map).toList());
    }

    public static List<DashboardFilter> filters(String json) {
        return list(decode(json)).stream().map(DashboardJson::filter).toList();
    }

    /** A card's title, text and link address. */
    public static String settings(CardForm card) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", card.title());
        json.put("text", card.text());
        json.put("url", card.url());
        return JsonText.of(json);
    }

    public static String mappings(List<CardMapping> mappings) {
        return JsonText.of(mappings.stream().map(DashboardJson::map).toList());
    }

    public static List<CardMapping> mappings(String json) {
        return list(decode(json)).stream().map(DashboardJson::mapping).toList();
    }

    public static String click(CardClick click) {
        return click == null ? null : JsonText.of(map(click));
    }

    public static CardClick click(String json) {
        return json == null || json.isBlank() ? null : click(decode(json));
    }

    /** What a stored card holds, as the form that would store it again. */
    public static CardForm form(DashboardCard c) {
        Map<String, Object> settings = object(decode(c.settingsJson()));
        return new CardForm(c.id(), c.kind().name().toLowerCase(Locale.ROOT), c.questionId().orElse(null),
                c.tab().orElse(null), c.col(), c.row(), c.width(), c.height(), text(settings.get("title")),
                text(settings.get("text")), text(settings.get("url")), mappings(c.mappingsJson()),
                click(c.clickJson().orElse(null)));
    }

    /** The stored content of a dashboard with its cards, as a form (the current version). */
    public static DashboardForm form(Dashboard d, List<DashboardCard> cards) {
        return new DashboardForm(d.name(), d.description().orElse(null), d.collectionId().orElse(null),
                tabs(d.tabsJson()), filters(d.filtersJson()), cards.stream().map(DashboardJson::form).toList(),
                d.autoRefreshMinutes().orElse(null), d.version());
    }

    /** The dashboard as the API returns it: what a revision keeps. */
    public static String snapshot(DashboardInfo d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", d.id());
        json.put("name", d.name());
        json.put("description", d.description());
        json.put("collectionId", d.collectionId());
        json.put("ownerId", d.ownerId());
        json.put("ownerName", d.ownerName());
        json.put("tabs", d.tabs().stream().map(DashboardJson::map).toList());
        json.put("filters", d.filters().stream().map(DashboardJson::map).toList());
        json.put("cards", d.cards().stream().map(DashboardJson::map).toList());
        json.put("autoRefreshMinutes", d.autoRefreshMinutes());
        json.put("createdAt", d.createdAt().toString());
        json.put("updatedAt", d.updatedAt().toString());
        json.put("version", d.version());
        return JsonText.of(json);
    }

    /** The content a snapshot recorded, as a form to apply again (without a version: restoring is no edit race). */
    public static DashboardForm contentOf(String snapshot) {
        Map<String, Object> json = object(decode(snapshot));
        List<CardForm> cards = list(json.get("cards")).stream().map(DashboardJson::card).toList();
        return new DashboardForm(text(json.get("name")), text(json.get("description")), longOf(json.get("collectionId")),
                list(json.get("tabs")).stream().map(DashboardJson::tab).toList(),
                list(json.get("filters")).stream().map(DashboardJson::filter).toList(), cards,
                intOf(json.get("autoRefreshMinutes")), null);
    }

    private static Map<String, Object> map(DashboardTab t) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", t.id());
        json.put("name", t.name());
        return json;
    }

    private static Map<String, Object> map(DashboardFilter f) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", f.id());
        json.put("name", f.name());
        json.put("type", f.type());
        json.put("default", f.defaultValue());
        json.put("required", f.required());
        json.put("columnId", f.columnId());
        json.put("linkedTo", f.linkedTo() == null ? List.of() : f.linkedTo());
        return json;
    }

    private static Map<String, Object> map(CardMapping m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("filterId", m.filterId());
        json.put("parameter", m.parameter());
        return json;
    }

    private static Map<String, Object> map(CardClick c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("action", c.action());
        json.put("filterId", c.filterId());
        json.put("column", c.column());
        json.put("targetId", c.targetId());
        json.put("url", c.url());
        json.put("pass", c.pass() == null ? Map.of() : c.pass());
        return json;
    }

    private static Map<String, Object> map(CardInfo c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("kind", c.kind());
        json.put("questionId", c.questionId());
        json.put("questionName", c.questionName());
        json.put("visualizationType", c.visualizationType());
        json.put("tab", c.tab());
        json.put("col", c.col());
        json.put("row", c.row());
        json.put("width", c.width());
        json.put("height", c.height());
        json.put("title", c.title());
        json.put("text", c.text());
        json.put("url", c.url());
        json.put("mappings", c.mappings().stream().map(DashboardJson::map).toList());
        json.put("click", c.click() == null ? null : map(c.click()));
        return json;
    }

    private static DashboardTab tab(Object value) {
        Map<String, Object> json = object(value);
        return new DashboardTab(text(json.get("id")), text(json.get("name")));
    }

    private static DashboardFilter filter(Object value) {
        Map<String, Object> json = object(value);
        return new DashboardFilter(text(json.get("id")), text(json.get("name")), text(json.get("type")),
                json.get("default"), json.get("required") instanceof Boolean b ? b : Boolean.FALSE,
                longOf(json.get("columnId")), list(json.get("linkedTo")).stream().map(DashboardJson::text).toList());
    }

    private static CardMapping mapping(Object value) {
        Map<String, Object> json = object(value);
        return new CardMapping(text(json.get("filterId")), text(json.get("parameter")));
    }

    private static CardClick click(Object value) {
        if (!(value instanceof Map<?, ?>)) {
            return null;
        }
        Map<String, Object> json = object(value);
        Map<String, String> pass = new LinkedHashMap<>();
        object(json.get("pass")).forEach((k, v) -> pass.put(k, text(v)));
        return new CardClick(text(json.get("action")), text(json.get("filterId")), text(json.get("column")),
                longOf(json.get("targetId")), text(json.get("url")), pass);
    }

    private static CardForm card(Object value) {
        Map<String, Object> json = object(value);
        return new CardForm(longOf(json.get("id")), text(json.get("kind")), longOf(json.get("questionId")),
                text(json.get("tab")), intOf(json.get("col")), intOf(json.get("row")), intOf(json.get("width")),
                intOf(json.get("height")), text(json.get("title")), text(json.get("text")), text(json.get("url")),
                list(json.get("mappings")).stream().map(DashboardJson::mapping).toList(), click(json.get("click")));
    }

    private static Object decode(String json) {
        return json == null || json.isBlank() ? null : ParameterJson.decode(json);
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }

    private static Long longOf(Object value) {
        return value instanceof BigDecimal d ? Long.valueOf(d.longValueExact()) : null;
    }

    private static Integer intOf(Object value) {
        return value instanceof BigDecimal d ? Integer.valueOf(d.intValueExact()) : null;
    }
}
