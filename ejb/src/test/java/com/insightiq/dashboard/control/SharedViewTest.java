package com.insightiq.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.dashboard.boundary.CardInfo;
import com.insightiq.dashboard.boundary.CardMapping;
import com.insightiq.dashboard.boundary.DashboardFilter;
import com.insightiq.dashboard.boundary.DashboardInfo;
import com.insightiq.dashboard.entity.CardKind;
import com.insightiq.dashboard.entity.Dashboard;
import com.insightiq.dashboard.entity.DashboardCard;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SharedViewTest {
    static final String FILTERS = "[{\"id\":\"created\",\"name\":\"Created\",\"type\":\"date\",\"default\":\"past30days\","
            + "\"required\":false,\"columnId\":12},{\"id\":\"region\",\"name\":\"Region\",\"type\":\"category\","
            + "\"columnId\":13,\"linkedTo\":[\"created\"]}]";

    static <T> T withId(T entity, long id) throws Exception {
        Field f = entity.getClass().getDeclaredField("id");
        f.setAccessible(true);
        f.set(entity, id);
        return entity;
    }

    static DashboardCard card(long id, CardKind kind, Long question, String settings, String mappings, String click)
            throws Exception {
        DashboardCard card = withId(new DashboardCard(7), id);
        card.define(kind, question, null, 0, (int) id, 6, 4, settings, mappings, click);
        return card;
    }

    static DashboardInfo view(Set<String> hidden, DashboardCard... cards) throws Exception {
        Dashboard d = withId(new Dashboard(3), 7);
        d.define("Sales", "All of it", 5L, "[{\"id\":\"t1\",\"name\":\"Overview\"}]", FILTERS, 5);
        return SharedView.of(d, List.of(cards), Map.of(101L, new SharedView.QuestionLabel("Revenue", "bar")), hidden);
    }

    @Test
    void theViewKeepsWhatDrawsThePageAndNothingPointingIntoTheTenant() throws Exception {
        DashboardInfo v = view(Set.of(),
                card(1, CardKind.QUESTION, 101L, "{\"title\":\"Revenue by region\"}",
                        "[{\"filterId\":\"region\",\"parameter\":\"region_col\"}]",
                        "{\"action\":\"question\",\"targetId\":9,\"pass\":{\"r\":\"region\"}}"),
                card(2, CardKind.TEXT, null, "{\"text\":\"Hello {{region}}\"}", "[]",
                        "{\"action\":\"url\",\"url\":\"https://example.org/{{region}}\"}"),
                card(3, CardKind.QUESTION, 102L, "{}", "[]",
                        "{\"action\":\"filter\",\"filterId\":\"region\",\"column\":\"region\"}"));
        assertEquals(7, v.id());
        assertEquals("Sales", v.name());
        assertNull(v.collectionId());
        assertEquals(0, v.ownerId());
        assertNull(v.ownerName());
        assertNull(v.publicToken());
        assertEquals(false, v.mayEdit());
        assertEquals(List.of("t1"), v.tabs().stream().map(t -> t.id()).toList());
        assertEquals(List.of("created", "region"), v.filters().stream().map(DashboardFilter::id).toList());
        assertTrue(v.filters().stream().allMatch(f -> f.columnId() == null), "no catalog column ids");
        assertEquals("past30days", v.filters().get(0).defaultValue());

        CardInfo question = v.cards().get(0);
        assertNull(question.questionId());
        assertEquals("Revenue", question.questionName());
        assertEquals("bar", question.visualizationType());
        assertEquals("Revenue by region", question.title());
        assertEquals(List.of(new CardMapping("region", null)), question.mappings());
        assertNull(question.click(), "opening a question is not for public viewers");
        assertEquals(List.of("created"), question.unmapped());

        CardInfo text = v.cards().get(1);
        assertEquals("text", text.kind());
        assertEquals("Hello {{region}}", text.text());
        assertEquals("https://example.org/{{region}}", text.click().url());
        assertNull(text.click().targetId());

        CardInfo gone = v.cards().get(2);
        assertNull(gone.questionName());
        assertEquals("This card's question is not available.", gone.problem());
        assertEquals("filter", gone.click().action());
        assertEquals("region", gone.click().filterId());
        // question 101 as a number of its own: the timestamps' nanoseconds may hold those digits too
        assertTrue(!java.util.regex.Pattern.compile("(?<!\\d)101(?!\\d)").matcher(v.toString()).find()
                && !v.toString().contains("region_col"), v.toString());
    }

    @Test
    void hiddenFiltersVanishFromFiltersMappingsLinksAndClicks() throws Exception {
        DashboardInfo v = view(Set.of("region"),
                card(1, CardKind.QUESTION, 101L, "{}", "[{\"filterId\":\"region\",\"parameter\":\"r\"},"
                        + "{\"filterId\":\"created\",\"parameter\":\"c\"}]",
                        "{\"action\":\"filter\",\"filterId\":\"region\"}"));
        assertEquals(List.of("created"), v.filters().stream().map(DashboardFilter::id).toList());
        CardInfo card = v.cards().get(0);
        assertEquals(List.of(new CardMapping("created", null)), card.mappings());
        assertEquals(List.of(), card.unmapped());
        assertNull(card.click());
        assertTrue(!v.toString().contains("region"), v.toString());
    }
}
