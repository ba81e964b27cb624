package com.insightiq.dashboard.control;

import com.insightiq.dashboard.boundary.CardClick;
import com.insightiq.dashboard.boundary.CardForm;
import com.insightiq.dashboard.boundary.CardMapping;
import com.insightiq.dashboard.boundary.DashboardFilter;
import com.insightiq.dashboard.boundary.DashboardForm;
import com.insightiq.dashboard.boundary.DashboardTab;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.question.control.QuestionChecks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a dashboard a person sent may be, checked without the database: names, tabs, filters and their defaults, the
 * cards' kinds, texts, links, click behaviour and places on the 24-column grid (no overlaps within a tab). Returns
 * the form cleaned (names stripped, kinds lower case, null lists empty, a card without tab on the first tab when
 * there are tabs). Which questions, cards and targets exist is the boundary's to check. Each failure is a 400 with a
 * sentence naming the card or filter.
 */
public final class DashboardChecks {
    public static final int COLUMNS = 24;
    public static final int MAX_HEIGHT = 48;
    public static final int MAX_ROW = 10_000;
    public static final int MAX_FILTERS = 20;
    public static final int MAX_TABS = 20;
    public static final int MAX_TEXT = 10_000;
    public static final int MAX_URL = 2_000;
    static final int MAX_PASS = 50;
    static final List<String> KINDS = List.of("question", "text", "heading", "link");
    static final List<String> ACTIONS = List.of("filter", "question", "dashboard", "url");
    static final Set<Integer> REFRESH_MINUTES = Set.of(1, 5, 10, 30, 60);
    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,64}");
    /** Parameters of the dashboard page's own address (/d?id=…&tab=…&edit=true), next to the filters' values. */
    public static final List<String> RESERVED_FILTER_IDS = List.of("id", "tab", "edit");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final Pattern CONTROL_EXCEPT_LINES = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
    private static final Pattern WEB_URL = Pattern.compile("(?i)https?://[^\\s/?#]+[^\\s]*");

    private DashboardChecks() {
    }

    /** The whole form; the card count is checked first, so an enormous body is refused before anything else. */
    public static DashboardForm form(DashboardForm form, int maxCards) {
        if (form == null) {
            throw new InvalidInputException("Send the dashboard: {\"name\", \"cards\", \"filters\", \"tabs\", …}.");
        }
        List<CardForm> cards = form.cards() == null ? List.of() : form.cards();
        if (cards.size() > maxCards) {
            throw new InvalidInputException("A dashboard can have at most " + maxCards + " cards; this one has "
                    + cards.size() + ".");
        }
        String name = QuestionChecks.name(form.name(), "The name");
        String description = QuestionChecks.description(form.description());
        Integer refresh = form.autoRefreshMinutes();
        if (refresh != null && !REFRESH_MINUTES.contains(refresh)) {
            throw new InvalidInputException("autoRefreshMinutes must be 1, 5, 10, 30 or 60 (or null for none).");
        }
        List<DashboardTab> tabs = tabs(form.tabs());
        List<DashboardFilter> filters = filters(form.filters());
        return new DashboardForm(name, description, form.collectionId(), tabs, filters,
                cards(cards, tabs, filters), refresh, form.version());
    }

    static List<DashboardTab> tabs(List<DashboardTab> given) {
        List<DashboardTab> sent = given == null ? List.of() : given;
        if (sent.size() > MAX_TABS) {
            throw new InvalidInputException("A dashboard can have at most " + MAX_TABS + " tabs.");
        }
        Set<String> ids = new HashSet<>();
        List<DashboardTab> tabs = new ArrayList<>();
        for (DashboardTab tab : sent) {
            if (tab == null) {
                throw new InvalidInputException("A tab cannot be null.");
            }
            String id = id(tab.id(), "A tab");
            if (!ids.add(id)) {
                throw new InvalidInputException("Two tabs have the id '" + id + "'.");
            }
            tabs.add(new DashboardTab(id, QuestionChecks.name(tab.name(), "The name of tab '" + id + "'")));
        }
        return List.copyOf(tabs);
    }

    static List<DashboardFilter> filters(List<DashboardFilter> given) {
        List<DashboardFilter> sent = given == null ? List.of() : given;
        if (sent.size() > MAX_FILTERS) {
            throw new InvalidInputException("A dashboard can have at most " + MAX_FILTERS + " filters.");
        }
        Map<String, String> types = new HashMap<>();
        for (DashboardFilter filter : sent) {
            if (filter == null) {
                throw new InvalidInputException("A filter cannot be null.");
            }
            String id = id(filter.id(), "A filter");
            if (RESERVED_FILTER_IDS.contains(id)) {
                throw new InvalidInputException("A filter cannot have the id '" + id + "': the dashboard's address "
                        + "uses it for itself (reserved: " + String.join(", ", RESERVED_FILTER_IDS) + ").");
            }
            if (types.put(id, String.valueOf(filter.type())) != null) {
                throw new InvalidInputException("Two filters have the id '" + id + "'.");
            }
        }
        List<DashboardFilter> filters = new ArrayList<>();
        for (DashboardFilter f : sent) {
            String label = "'" + f.id() + "'";
            String name = QuestionChecks.name(f.name(), "The name of filter " + label);
            if (f.type() == null || !DashboardFilter.TYPES.contains(f.type())) {
                throw new InvalidInputException("Filter " + label + " has type '" + shown(f.type()) + "'; use one of "
                        + String.join(", ", DashboardFilter.TYPES) + ".");
            }
            Object value = FilterDefaults.check(f.type(), f.defaultValue(), label);
            if (f.columnId() != null && f.columnId() <= 0) {
                throw new InvalidInputException("Filter " + label + " names column " + f.columnId()
                        + "; a column id is a positive number.");
            }
            List<String> linked = linked(f, types, label);
            filters.add(new DashboardFilter(f.id(), name, f.type(), value, Boolean.TRUE.equals(f.required()),
                    f.columnId(), linked));
        }
        return List.copyOf(filters);
    }

    private static List<String> linked(DashboardFilter f, Map<String, String> types, String label) {
        if (f.linkedTo() == null || f.linkedTo().isEmpty()) {
            return List.of();
        }
        if (!"category".equals(f.type())) {
            throw new InvalidInputException("Only category filters are linked to others; filter " + label + " is "
                    + f.type() + ".");
        }
        Set<String> seen = new HashSet<>();
        for (String other : f.linkedTo()) {
            if (other == null || !types.containsKey(other) || other.equals(f.id())) {
                throw new InvalidInputException("Filter " + label + " is linked to '" + shown(other)
                        + "', which is not another filter of this dashboard.");
            }
            if (!"category".equals(types.get(other))) {
                throw new InvalidInputException("Filter " + label + " is linked to '" + other + "', which is not a "
                        + "category filter.");
            }
            if (!seen.add(other)) {
                throw new InvalidInputException("Filter " + label + " is linked to '" + other + "' twice.");
            }
        }
        return List.copyOf(f.linkedTo());
    }

    static List<CardForm> cards(List<CardForm> sent, List<DashboardTab> tabs, List<DashboardFilter> filters) {
        Set<String> tabIds = new HashSet<>();
        tabs.forEach(t -> tabIds.add(t.id()));
        Set<String> filterIds = new HashSet<>();
        filters.forEach(f -> filterIds.add(f.id()));
        Set<Long> ids = new HashSet<>();
        List<CardForm> cards = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            CardForm card = sent.get(i);
            if (card == null) {
                throw new InvalidInputException("Card " + (i + 1) + " of the list is null.");
            }
            String label = label(card, i);
            if (card.id() != null && (card.id() <= 0 || !ids.add(card.id()))) {
                throw new InvalidInputException(card.id() <= 0 ? "Card id " + card.id() + " is not a card id."
                        : "Card " + card.id() + " is in the list twice.");
            }
            cards.add(card(card, label, tabs, tabIds, filterIds));
        }
        overlaps(cards);
        return List.copyOf(cards);
    }

    private static CardForm card(CardForm c, String label, List<DashboardTab> tabs, Set<String> tabIds,
                                 Set<String> filterIds) {
        String kind = c.kind() == null ? "" : c.kind().toLowerCase(Locale.ROOT);
        if (!KINDS.contains(kind)) {
            throw new InvalidInputException(cap(label) + " has kind '" + shown(c.kind()) + "'; use one of "
                    + String.join(", ", KINDS) + ".");
        }
        String tab = c.tab();
        if (tab == null && !tabs.isEmpty()) {
            tab = tabs.get(0).id();
        } else if (tab != null && !tabIds.contains(tab)) {
            throw new InvalidInputException(cap(label) + " is on tab '" + shown(tab) + "', which this dashboard "
                    + (tabs.isEmpty() ? "does not have (it has no tabs)." : "does not have."));
        }
        position(c, label);
        String title = c.title() == null || c.title().isBlank() ? null
                : QuestionChecks.name(c.title(), "The title of " + label);
        boolean question = kind.equals("question");
        if (question != (c.questionId() != null)) {
            throw new InvalidInputException(question ? cap(label) + " needs the questionId of the question it shows."
                    : cap(label) + " is a " + kind + " card; only question cards name a question.");
        }
        if (question && c.questionId() <= 0) {
            throw new InvalidInputException(cap(label) + " names question " + c.questionId() + ", which does not "
                    + "exist.");
        }
        if (!question && (c.mappings() != null && !c.mappings().isEmpty() || c.click() != null)) {
            throw new InvalidInputException(cap(label) + " is a " + kind + " card; only question cards have filter "
                    + "mappings and click behaviour.");
        }
        String text = switch (kind) {
            case "text" -> text(c.text(), label);
            case "heading", "link" -> c.text() == null || c.text().isBlank() ? null
                    : QuestionChecks.name(c.text(), "The text of " + label);
            default -> null;
        };
        String url = kind.equals("link") ? link(c.url(), label) : null;
        List<CardMapping> mappings = question ? mappings(c.mappings(), filterIds, label) : List.of();
        CardClick click = question ? click(c.click(), filterIds, label) : null;
        return new CardForm(c.id(), kind, c.questionId(), tab, c.col(), c.row(), c.width(), c.height(), title, text,
                url, mappings, click);
    }

    private static void position(CardForm c, String label) {
        if (c.col() == null || c.row() == null || c.width() == null || c.height() == null) {
            throw new InvalidInputException(cap(label) + " needs col, row, width and height.");
        }
        if (c.col() < 0 || c.col() >= COLUMNS) {
            throw new InvalidInputException(cap(label) + " is at column " + c.col() + "; columns are 0 to "
                    + (COLUMNS - 1) + ".");
        }
        if (c.row() < 0 || c.row() > MAX_ROW) {
            throw new InvalidInputException(cap(label) + " is at row " + c.row() + "; rows are 0 to " + MAX_ROW + ".");
        }
        if (c.width() < 1 || c.col() + c.width() > COLUMNS) {
            throw new InvalidInputException(cap(label) + " is " + c.width() + " wide at column " + c.col()
                    + "; it must be at least 1 wide and end within the " + COLUMNS + " columns.");
        }
        if (c.height() < 1 || c.height() > MAX_HEIGHT) {
            throw new InvalidInputException(cap(label) + " is " + c.height() + " high; cards are 1 to " + MAX_HEIGHT
                    + " rows high.");
        }
    }

    /** No two cards of one tab share a cell; the message names both. */
    static void overlaps(List<CardForm> cards) {
        for (int i = 0; i < cards.size(); i++) {
            CardForm a = cards.get(i);
            for (int j = i + 1; j < cards.size(); j++) {
                CardForm b = cards.get(j);
                if (Objects.equals(a.tab(), b.tab()) && a.col() < b.col() + b.width() && b.col() < a.col() + a.width()
                        && a.row() < b.row() + b.height() && b.row() < a.row() + a.height()) {
                    throw new InvalidInputException(cap(label(a, i)) + " and " + label(b, j) + " overlap"
                            + (a.tab() == null ? "" : " on tab '" + a.tab() + "'") + "; move one of them.");
                }
            }
        }
    }

    private static String text(String text, String label) {
        if (text == null) {
            return "";
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("The text of " + label + " has " + text.length() + " characters; at most "
                    + MAX_TEXT + " are allowed.");
        }
        if (CONTROL_EXCEPT_LINES.matcher(text).find()) {
            throw new InvalidInputException("The text of " + label + " cannot contain control characters other than "
                    + "line breaks and tabs.");
        }
        return text;
    }

    /** A link card's address: http(s), or a path of this application ("/…", not "//…"). */
    private static String link(String url, String label) {
        if (url != null && url.startsWith("/") && !url.startsWith("//") && url.length() <= MAX_URL
                && !CONTROL.matcher(url).find() && !url.contains("\\")) {
            return url;
        }
        return webUrl(url, "The link of " + label);
    }

    /** An http or https address without spaces or control characters. */
    public static String webUrl(String url, String what) {
        if (url == null || url.isBlank()) {
            throw new InvalidInputException(what + " needs a URL.");
        }
        if (url.length() > MAX_URL) {
            throw new InvalidInputException(what + " has " + url.length() + " characters; at most " + MAX_URL
                    + " are allowed.");
        }
        if (!WEB_URL.matcher(url).matches() || CONTROL.matcher(url).find()) {
            throw new InvalidInputException(what + " must be an http:// or https:// address, not '" + shown(url)
                    + "'.");
        }
        return url;
    }

    private static List<CardMapping> mappings(List<CardMapping> given, Set<String> filterIds, String label) {
        List<CardMapping> sent = given == null ? List.of() : given;
        Set<String> parameters = new HashSet<>();
        Set<CardMapping> seen = new HashSet<>();
        List<CardMapping> mappings = new ArrayList<>();
        for (CardMapping m : sent) {
            if (m == null || m.filterId() == null || m.parameter() == null || m.parameter().isBlank()) {
                throw new InvalidInputException("Every mapping of " + label + " needs a filterId and a parameter.");
            }
            if (!filterIds.contains(m.filterId())) {
                throw new InvalidInputException(cap(label) + " maps filter '" + shown(m.filterId()) + "', which this "
                        + "dashboard does not have.");
            }
            if (!seen.add(m)) {
                continue;
            }
            if (!parameters.add(m.parameter())) {
                throw new InvalidInputException(cap(label) + " maps two filters to parameter '" + shown(m.parameter())
                        + "'.");
            }
            mappings.add(m);
        }
        return List.copyOf(mappings);
    }

    private static CardClick click(CardClick click, Set<String> filterIds, String label) {
        if (click == null) {
            return null;
        }
        String what = "The click behaviour of " + label;
        String action = click.action();
        if (action == null || !ACTIONS.contains(action)) {
            throw new InvalidInputException(what + " has action '" + shown(action) + "'; use one of "
                    + String.join(", ", ACTIONS) + ".");
        }
        String column = click.column() == null || click.column().isBlank() ? null
                : QuestionChecks.name(click.column(), what + "'s column");
        Map<String, String> pass = pass(click.pass(), what);
        return switch (action) {
            case "filter" -> {
                if (click.filterId() == null || !filterIds.contains(click.filterId())) {
                    throw new InvalidInputException(what + " sets filter '" + shown(click.filterId()) + "', which "
                            + "this dashboard does not have.");
                }
                yield new CardClick(action, click.filterId(), column, null, null, null);
            }
            case "url" -> new CardClick(action, null, null, null, webUrl(click.url(), what), null);
            default -> {
                if (click.targetId() == null || click.targetId() <= 0) {
                    throw new InvalidInputException(what + " needs the targetId of the " + action + " to open.");
                }
                yield new CardClick(action, null, null, click.targetId(), null, pass);
            }
        };
    }

    private static Map<String, String> pass(Map<String, String> pass, String what) {
        if (pass == null || pass.isEmpty()) {
            return Map.of();
        }
        if (pass.size() > MAX_PASS) {
            throw new InvalidInputException(what + " passes " + pass.size() + " values; at most " + MAX_PASS + ".");
        }
        Map<String, String> checked = new LinkedHashMap<>();
        pass.forEach((target, column) -> checked.put(QuestionChecks.name(target, what + "'s target parameter"),
                QuestionChecks.name(column, what + "'s column for '" + shown(target) + "'")));
        return checked;
    }

    private static String id(String id, String what) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidInputException(what + " has the id '" + shown(id) + "'; ids are 1 to 64 of a-z, 0-9 "
                    + "and -.");
        }
        return id;
    }

    /** How messages name a card: by id when it has one, else by its place in the list. */
    public static String label(CardForm card, int index) {
        String title = card.title() == null || card.title().isBlank() ? "" : " ('" + shown(card.title()) + "')";
        return card.id() != null ? "card " + card.id() + title : "new card " + (index + 1) + title;
    }

    static String shown(String text) {
        String cleaned = CONTROL.matcher(text == null ? "" : text).replaceAll("?");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) + "…" : cleaned;
    }

    private static String cap(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
