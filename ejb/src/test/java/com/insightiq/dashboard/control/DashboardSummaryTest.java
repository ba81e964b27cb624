package com.insightiq.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.insightiq.dashboard.boundary.CardForm;
import com.insightiq.dashboard.boundary.DashboardFilter;
import com.insightiq.dashboard.boundary.DashboardForm;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardSummaryTest {

    static CardForm card(Long id, int col, String text) {
        return new CardForm(id, "text", null, null, col, 0, 2, 2, null, text, null, List.of(), null);
    }

    static DashboardForm form(String name, List<DashboardFilter> filters, CardForm... cards) {
        return new DashboardForm(name, null, null, List.of(), filters, List.of(cards), null, null);
    }

    @Test
    void nothingChangedIsEmpty() {
        assertEquals("", DashboardSummary.of(form("A", List.of(), card(1L, 0, "x")), form("A", List.of(),
                card(1L, 0, "x"))));
    }

    @Test
    void changesAreSaidInWords() {
        DashboardForm before = form("A", List.of(), card(1L, 0, "x"), card(2L, 2, "y"), card(3L, 4, "z"));
        DashboardForm after = form("B", List.of(new DashboardFilter("f", "F", "text", null, false, null, List.of())),
                card(1L, 6, "x"), card(2L, 2, "changed"), card(null, 8, "new"), card(null, 10, "new"));
        assertEquals("Renamed, changed the filters, added 2 cards, removed 1 card, changed 1 card, moved or resized "
                + "1 card", DashboardSummary.of(before, after));
        assertEquals("Restored revision 3", DashboardSummary.restored(3));
    }
}
