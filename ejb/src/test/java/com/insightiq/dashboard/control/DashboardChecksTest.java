package com.insightiq.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.dashboard.boundary.CardClick;
import com.insightiq.dashboard.boundary.CardForm;
import com.insightiq.dashboard.boundary.CardMapping;
import com.insightiq.dashboard.boundary.DashboardFilter;
import com.insightiq.dashboard.boundary.DashboardForm;
import com.insightiq.dashboard.boundary.DashboardTab;
import com.insightiq.platform.control.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardChecksTest {

    static CardForm question(Long id, long questionId, int col, int row, int width, int height) {
        return new CardForm(id, "question", questionId, null, col, row, width, height, null, null, null, null, null);
    }

    static CardForm text(String text, int col, int row) {
        return new CardForm(null, "text", null, null, col, row, 4, 2, null, text, null, null, null);
    }

    static DashboardForm form(List<DashboardFilter> filters, List<DashboardTab> tabs, CardForm... cards) {
        return new DashboardForm(" Sales ", null, null, tabs, filters, List.of(cards), null, null);
    }

    static String refused(DashboardForm form) {
        return assertThrows(InvalidInputException.class, () -> DashboardChecks.form(form, 200)).getMessage();
    }

    @Test
    void aValidFormComesBackCleaned() {
        DashboardForm checked = DashboardChecks.form(new DashboardForm(" Sales ", "  ", null, null,
                List.of(new DashboardFilter("region", "Region", "category", List.of("West"), null, null, null)),
                List.of(new CardForm(null, "QUESTION", 4L, null, 0, 0, 24, 6, " ", null, null,
                        List.of(new CardMapping("region", "region")), null), text(null, 0, 6)), 5, 3), 200);
        assertEquals("Sales", checked.name());
        assertNull(checked.description());
        assertEquals("question", checked.cards().get(0).kind());
        assertNull(checked.cards().get(0).title());
        assertEquals("", checked.cards().get(1).text());
        assertEquals(false, checked.filters().get(0).required());
        assertEquals(List.of(), checked.filters().get(0).linkedTo());
        assertEquals(List.of(), checked.tabs());
        assertEquals(3, checked.version());
    }

    @Test
    void cardsStayInsideTheGrid() {
        assertTrue(refused(form(null, null, question(null, 1, -1, 0, 4, 4))).contains("column -1"));
        assertTrue(refused(form(null, null, question(null, 1, 0, -1, 4, 4))).contains("row -1"));
        assertTrue(refused(form(null, null, question(null, 1, 24, 0, 1, 4))).contains("column 24"));
        assertTrue(refused(form(null, null, question(null, 1, 20, 0, 5, 4))).contains("24 columns"));
        assertTrue(refused(form(null, null, question(null, 1, 0, 0, 0, 4))).contains("0 wide"));
        assertTrue(refused(form(null, null, question(null, 1, 0, 0, 4, 0))).contains("0 high"));
        assertTrue(refused(form(null, null, question(null, 1, 0, 0, 4, 49))).contains("49 high"));
        assertTrue(refused(form(null, null, question(null, 1, 0, 10_001, 4, 4))).contains("row 10001"));
        assertTrue(refused(form(null, null, new CardForm(null, "text", null, null, null, 0, 1, 1, null, null,
                null, null, null))).contains("needs col, row, width and height"));
        DashboardChecks.form(form(null, null, question(null, 1, 0, 0, 24, 48), question(null, 1, 23, 48, 1, 1)),
                200);
    }

    @Test
    void overlapsWithinATabNameBothCards() {
        String message = refused(form(null, null, question(7L, 1, 0, 0, 6, 4), question(null, 2, 5, 3, 6, 4)));
        assertTrue(message.contains("Card 7") && message.contains("new card 2") && message.contains("overlap"),
                message);
        DashboardChecks.form(form(null, null, question(7L, 1, 0, 0, 6, 4), question(null, 2, 6, 0, 6, 4),
                question(null, 2, 0, 4, 6, 4)), 200);
        List<DashboardTab> tabs = List.of(new DashboardTab("a", "A"), new DashboardTab("b", "B"));
        DashboardForm twoTabs = DashboardChecks.form(form(null, tabs, new CardForm(null, "text", null, "a", 0, 0, 6,
                4, null, "x", null, null, null), new CardForm(null, "text", null, "b", 0, 0, 6, 4, null, "y", null,
                null, null)), 200);
        assertEquals("b", twoTabs.cards().get(1).tab(), "the same cells on another tab do not overlap");
        DashboardForm firstTab = DashboardChecks.form(form(null, tabs, text("z", 0, 0)), 200);
        assertEquals("a", firstTab.cards().get(0).tab(), "a card without tab goes on the first tab");
        assertTrue(refused(form(null, null, new CardForm(null, "text", null, "a", 0, 0, 6, 4, null, "x", null,
                null, null))).contains("tab 'a'"));
    }

    @Test
    void tooManyCardsAreRefusedFirst() {
        List<CardForm> cards = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            cards.add(null);
        }
        String message = refused(new DashboardForm(null, null, null, null, null, cards, null, null));
        assertTrue(message.contains("at most 200 cards") && message.contains("10000"), message);
        assertTrue(assertThrows(InvalidInputException.class, () -> DashboardChecks.form(new DashboardForm("n", null,
                null, null, null, cards.subList(0, 6), null, null), 5)).getMessage().contains("at most 5"));
    }

    @Test
    void filtersAndTabsAreBoundedWithSlugIds() {
        List<DashboardFilter> many = new ArrayList<>();
        List<DashboardTab> tabs = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(new DashboardFilter("f" + i, "F", "text", null, null, null, null));
            tabs.add(new DashboardTab("t" + i, "T"));
        }
        assertTrue(refused(form(many, null)).contains("20 filters"));
        assertTrue(refused(form(null, tabs)).contains("20 tabs"));
        assertTrue(refused(form(List.of(new DashboardFilter("Bad Id", "B", "text", null, null, null, null)), null))
                .contains("Bad Id"));
        assertTrue(refused(form(List.of(new DashboardFilter("x".repeat(65), "B", "text", null, null, null, null)),
                null)).contains("1 to 64"));
        assertTrue(refused(form(List.of(new DashboardFilter("a", "A", "text", null, null, null, null),
                new DashboardFilter("a", "B", "text", null, null, null, null)), null)).contains("Two filters"));
        assertTrue(refused(form(List.of(new DashboardFilter("a", "A", "colour", null, null, null, null)), null))
                .contains("colour"));
        assertTrue(refused(form(null, List.of(new DashboardTab("t", "two\nlines")))).contains("control"));
        for (String own : List.of("id", "tab", "edit")) {
            assertTrue(refused(form(List.of(new DashboardFilter(own, "Own", "text", null, null, null, null)), null))
                    .contains("the dashboard's address uses it"), own);
        }
    }

    @Test
    void linkedFiltersNameOtherCategoryFilters() {
        DashboardFilter country = new DashboardFilter("country", "Country", "category", null, null, null, null);
        DashboardFilter city = new DashboardFilter("city", "City", "category", null, null, null, List.of("country"));
        assertEquals(List.of("country"), DashboardChecks.form(form(List.of(country, city), null), 200).filters()
                .get(1).linkedTo());
        assertTrue(refused(form(List.of(new DashboardFilter("city", "City", "category", null, null, null,
                List.of("ghost"))), null)).contains("ghost"));
        assertTrue(refused(form(List.of(new DashboardFilter("city", "City", "category", null, null, null,
                List.of("city"))), null)).contains("city"));
        assertTrue(refused(form(List.of(new DashboardFilter("n", "N", "number", null, null, null, null),
                new DashboardFilter("city", "City", "category", null, null, null, List.of("n"))), null))
                .contains("not a category filter"));
    }

    @Test
    void kindsTextsLinksAndMappingsAreChecked() {
        assertTrue(refused(form(null, null, new CardForm(null, "video", null, null, 0, 0, 1, 1, null, null, null,
                null, null))).contains("video"));
        assertTrue(refused(form(null, null, new CardForm(null, "question", null, null, 0, 0, 1, 1, null, null, null,
                null, null))).contains("questionId"));
        assertTrue(refused(form(null, null, new CardForm(null, "text", 4L, null, 0, 0, 1, 1, null, null, null,
                null, null))).contains("only question cards"));
        assertTrue(refused(form(null, null, text("x".repeat(10_001), 0, 0))).contains("10000"));
        DashboardChecks.form(form(null, null, text("# Title\n\n| a | b |\t", 0, 0)), 200);
        assertTrue(refused(form(null, null, text("nul\u0000", 0, 0))).contains("control"));
        assertTrue(refused(form(null, null, link("javascript:alert(1)"))).contains("http"));
        assertTrue(refused(form(null, null, link("//evil.example/x"))).contains("http"));
        assertEquals("/t/acme/dashboard/3", DashboardChecks.form(form(null, null, link("/t/acme/dashboard/3")), 200)
                .cards().get(0).url());
        assertEquals("https://example.com/a?b=c", DashboardChecks.form(form(null, null,
                link("https://example.com/a?b=c")), 200).cards().get(0).url());
        DashboardFilter region = new DashboardFilter("region", "Region", "text", null, null, null, null);
        assertTrue(refused(form(List.of(region), null, mapped(new CardMapping("ghost", "region"))))
                .contains("'ghost'"));
        assertTrue(refused(form(List.of(region), null, mapped(new CardMapping("region", " ")))).contains("parameter"));
        DashboardFilter other = new DashboardFilter("other", "Other", "text", null, null, null, null);
        assertTrue(refused(form(List.of(region, other), null, mapped(new CardMapping("region", "p"),
                new CardMapping("other", "p")))).contains("two filters"));
    }

    @Test
    void clickBehaviourIsChecked() {
        DashboardFilter region = new DashboardFilter("region", "Region", "category", null, null, null, null);
        assertTrue(refused(form(List.of(region), null, clicked(new CardClick("explode", null, null, null, null,
                null)))).contains("explode"));
        assertTrue(refused(form(List.of(region), null, clicked(new CardClick("filter", "ghost", null, null, null,
                null)))).contains("ghost"));
        assertTrue(refused(form(List.of(region), null, clicked(new CardClick("url", null, null, null,
                "ftp://x.example", null)))).contains("http"));
        assertTrue(refused(form(List.of(region), null, clicked(new CardClick("dashboard", null, null, null, null,
                null)))).contains("targetId"));
        CardClick kept = DashboardChecks.form(form(List.of(region), null, clicked(new CardClick("question", "region",
                "x", 9L, "https://ignored", Map.of("p", "region")))), 200).cards().get(0).click();
        assertEquals(new CardClick("question", null, null, 9L, null, Map.of("p", "region")), kept);
        assertNull(DashboardChecks.form(form(List.of(region), null, clicked(new CardClick("filter", "region", null,
                null, null, null))), 200).cards().get(0).click().pass());
        assertNull(DashboardChecks.form(form(List.of(region), null, clicked(new CardClick("filter", "region", " ",
                null, null, null))), 200).cards().get(0).click().column(), "blank: the dimension clicked");
    }

    private static CardForm link(String url) {
        return new CardForm(null, "link", null, null, 0, 0, 2, 1, null, "Docs", url, null, null);
    }

    private static CardForm mapped(CardMapping... mappings) {
        return new CardForm(null, "question", 3L, null, 0, 0, 4, 4, null, null, null, List.of(mappings), null);
    }

    private static CardForm clicked(CardClick click) {
        return new CardForm(null, "question", 3L, null, 0, 0, 4, 4, null, null, null, null, click);
    }
}
