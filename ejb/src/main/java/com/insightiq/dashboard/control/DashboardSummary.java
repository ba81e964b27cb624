package com.insightiq.dashboard.control;

import com.insightiq.dashboard.boundary.CardForm;
import com.insightiq.dashboard.boundary.DashboardForm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a change did to a dashboard, in words for its revision history ("Renamed, added 2 cards"). */
public final class DashboardSummary {
    public static final String CREATED = "Created";

    private DashboardSummary() {
    }

    /**
     * The changes from {@code before} (stored) to {@code after} (checked; new cards without id); empty when nothing
     * changed.
     */
    public static String of(DashboardForm before, DashboardForm after) {
        List<String> parts = new ArrayList<>();
        if (!Objects.equals(before.name(), after.name())) {
            parts.add("renamed");
        }
        if (!Objects.equals(before.description(), after.description())) {
            parts.add("changed the description");
        }
        if (!Objects.equals(before.collectionId(), after.collectionId())) {
            parts.add("moved");
        }
        if (!DashboardJson.tabs(before.tabs()).equals(DashboardJson.tabs(after.tabs()))) {
            parts.add("changed the tabs");
        }
        if (!DashboardJson.filters(before.filters()).equals(DashboardJson.filters(after.filters()))) {
            parts.add("changed the filters");
        }
        if (!Objects.equals(before.autoRefreshMinutes(), after.autoRefreshMinutes())) {
            parts.add("changed the auto-refresh");
        }
        cards(before.cards(), after.cards(), parts);
        return sentence(parts);
    }

    private static void cards(List<CardForm> before, List<CardForm> after, List<String> parts) {
        Map<Long, CardForm> old = new HashMap<>();
        before.forEach(c -> old.put(c.id(), c));
        int added = 0;
        int placed = 0;
        int changed = 0;
        for (CardForm c : after) {
            CardForm was = c.id() == null ? null : old.remove(c.id());
            if (was == null) {
                added++;
                continue;
            }
            if (!same(was, c)) {
                changed++;
            } else if (!samePlace(was, c)) {
                placed++;
            }
        }
        count(parts, "added", added);
        count(parts, "removed", old.size());
        count(parts, "changed", changed);
        count(parts, "moved or resized", placed);
    }

    static boolean samePlace(CardForm a, CardForm b) {
        return Objects.equals(a.tab(), b.tab()) && Objects.equals(a.col(), b.col()) && Objects.equals(a.row(), b.row())
                && Objects.equals(a.width(), b.width()) && Objects.equals(a.height(), b.height());
    }

    /** Same content, wherever it is placed. */
    static boolean same(CardForm a, CardForm b) {
        return Objects.equals(a.kind(), b.kind()) && Objects.equals(a.questionId(), b.questionId())
                && Objects.equals(a.title(), b.title()) && Objects.equals(a.text(), b.text())
                && Objects.equals(a.url(), b.url())
                && DashboardJson.mappings(a.mappings()).equals(DashboardJson.mappings(b.mappings()))
                && Objects.equals(DashboardJson.click(a.click()), DashboardJson.click(b.click()));
    }

    private static void count(List<String> parts, String verb, int n) {
        if (n > 0) {
            parts.add(verb + " " + n + (n == 1 ? " card" : " cards"));
        }
    }

    public static String restored(int number) {
        return "Restored revision " + number;
    }

    public static String copied(String originalName) {
        return "Created as a copy of '" + originalName + "'";
    }

    static String sentence(List<String> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        String joined = String.join(", ", parts);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }
}
