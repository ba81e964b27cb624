package com.insightiq.home.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.connection.control.Drivers;
import com.insightiq.connection.entity.Engine;
import com.insightiq.dashboard.boundary.CardMapping;
import com.insightiq.dashboard.boundary.DashboardFilter;
import com.insightiq.question.boundary.QuestionParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class XRayTest {
    private static final Drivers DRIVERS = new Drivers();

    /** The sample shop's orders as the catalog describes them after a sync. */
    static XRayTable orders() {
        return new XRayTable(7, 3, "public", "orders", "Orders", List.of(
                new XRayTable.Column(70, "id", "ID", "pk", 19000, false),
                new XRayTable.Column(71, "person_id", "Person ID", "fk", 2000, false),
                new XRayTable.Column(72, "created_at", "Created At", "date-time", 19000, false),
                new XRayTable.Column(73, "status", "Status", "category", 4, false),
                new XRayTable.Column(74, "subtotal", "Subtotal", "currency", 9000, false),
                new XRayTable.Column(75, "tax", "Tax", "currency", 3000, false),
                new XRayTable.Column(76, "discount", "Discount", "currency", 900, false),
                new XRayTable.Column(77, "total", "Total", "currency", 9500, false),
                new XRayTable.Column(78, "quantity", "Quantity", "quantity", 40, false)));
    }

    @Test
    void ordersGetNumbersMonthlySeriesAndABreakdownWithDateAndStatusFilters() {
        XRayPlan plan = XRay.plan(orders(), DRIVERS.forEngine(Engine.POSTGRESQL));
        assertEquals("A look at Orders", plan.name());
        Map<String, String> types = plan.cards().stream().collect(Collectors.toMap(XRayPlan.Card::name,
                c -> c.visualization().type()));
        assertEquals(Map.of("Number of Orders", "number", "Sum of Total", "number", "Sum of Quantity", "number",
                "Orders per month", "line", "Total per month", "bar", "Orders by Status", "pie",
                "Total by Status", "bar"), types);
        assertEquals(List.of(new DashboardFilter("created", "Created At", "date", null, false, 72L, List.of()),
                new DashboardFilter("category", "Status", "category", null, false, 73L, List.of())), plan.filters());
        for (XRayPlan.Card card : plan.cards()) {
            assertTrue(card.sql().contains("FROM \"public\".\"orders\" WHERE {{created}} AND {{category}}"),
                    card.sql());
            assertEquals(List.of(new QuestionParameter("created", "field", "Created At", null, false, 72L),
                    new QuestionParameter("category", "field", "Status", null, false, 73L)), card.parameters());
            assertEquals(List.of(new CardMapping("created", "created"), new CardMapping("category", "category")),
                    card.mappings());
        }
        XRayPlan.Card monthly = card(plan, "Orders per month");
        assertEquals("SELECT date_trunc('month', \"created_at\") AS \"Month\", count(*) AS \"Count\" FROM "
                + "\"public\".\"orders\" WHERE {{created}} AND {{category}} GROUP BY date_trunc('month', "
                + "\"created_at\") ORDER BY date_trunc('month', \"created_at\")", monthly.sql());
        assertEquals(Map.of("dimension", "Month", "metrics", List.of("Count"), "dateGrain", "month"),
                monthly.visualization().settings());
        assertTrue(card(plan, "Sum of Total").sql().startsWith("SELECT sum(\"total\") AS \"Sum of Total\""),
                "the measure named like revenue wins over the first currency column");
        assertTrue(card(plan, "Orders by Status").sql().endsWith("GROUP BY \"status\" ORDER BY count(*) DESC"));
    }

    @Test
    void cardsFillTheGridWithoutOverlaps() {
        XRayPlan plan = XRay.plan(orders(), DRIVERS.forEngine(Engine.POSTGRESQL));
        assertEquals(List.of(0, 8, 16), plan.cards().subList(0, 3).stream().map(XRayPlan.Card::col).toList());
        assertNoOverlaps(plan.cards());
        List<XRayPlan.Card> charts = plan.cards().subList(3, plan.cards().size());
        assertEquals(List.of(0, 12, 0, 12), charts.stream().map(XRayPlan.Card::col).toList());
        assertEquals(List.of(4, 4, 10, 10), charts.stream().map(XRayPlan.Card::row).toList());

        List<XRayPlan.Card> three = plan.cards().subList(3, 6);
        List<XRayPlan.Card> placed = XRay.layout(plan.cards().subList(0, 1), three);
        assertEquals(24, placed.get(0).width(), "a single number spans the row");
        assertEquals(24, placed.get(3).width(), "an odd chart out spans the whole row");
        assertNoOverlaps(placed);
    }

    @Test
    void aTableWithoutDatesOrCategoriesGetsCountsAndNoFilters() {
        XRayTable notes = new XRayTable(1, 1, "app", "notes", "Notes", List.of(
                new XRayTable.Column(1, "id", "ID", "pk", null, false),
                new XRayTable.Column(2, "body", "Body", null, null, false),
                new XRayTable.Column(3, "score", "Score", "quantity", null, false)));
        XRayPlan plan = XRay.plan(notes, DRIVERS.forEngine(Engine.POSTGRESQL));
        assertEquals(List.of("Number of Notes", "Sum of Score"), plan.cards().stream().map(XRayPlan.Card::name)
                .toList());
        assertTrue(plan.filters().isEmpty());
        assertFalse(plan.cards().get(0).sql().contains("WHERE"), plan.cards().get(0).sql());
        assertTrue(plan.cards().get(0).parameters().isEmpty());
        assertEquals(24, plan.cards().get(0).width() + plan.cards().get(1).width());
    }

    @Test
    void hiddenAndHighCardinalityColumnsAreLeftOutAndAtMostThreeBreakdowns() {
        List<XRayTable.Column> columns = new ArrayList<>();
        columns.add(new XRayTable.Column(1, "created", "Created", "date-time", null, true));
        columns.add(new XRayTable.Column(2, "shipped", "Shipped", "date-time", null, false));
        columns.add(new XRayTable.Column(3, "city", "City", "category", 500, false));
        for (int i = 0; i < 5; i++) {
            columns.add(new XRayTable.Column(10 + i, "kind" + i, "Kind " + i, "category", 12, false));
        }
        XRayPlan plan = XRay.plan(new XRayTable(1, 1, null, "events", "Events", columns),
                DRIVERS.forEngine(Engine.MYSQL));
        assertEquals("Shipped", plan.filters().get(0).name(), "the first visible date/time column");
        assertEquals(10L, plan.filters().get(1).columnId(), "the first low-cardinality category");
        List<String> names = plan.cards().stream().map(XRayPlan.Card::name).toList();
        assertEquals(List.of("Number of Events", "Events per month", "Events by Kind 0", "Events by Kind 1",
                "Events by Kind 2"), names);
        assertEquals("row", card(plan, "Events by Kind 0").visualization().type(), "12 values: a row chart");
        assertTrue(card(plan, "Number of Events").sql().contains("FROM `events`"), "quoted for the engine");
        assertNoOverlaps(plan.cards());
    }

    private static XRayPlan.Card card(XRayPlan plan, String name) {
        return plan.cards().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static void assertNoOverlaps(List<XRayPlan.Card> cards) {
        for (XRayPlan.Card a : cards) {
            assertTrue(a.col() >= 0 && a.col() + a.width() <= 24 && a.row() >= 0, a.name());
            for (XRayPlan.Card b : cards) {
                if (a != b) {
                    boolean apart = a.col() + a.width() <= b.col() || b.col() + b.width() <= a.col()
                            || a.row() + a.height() <= b.row() || b.row() + b.height() <= a.row();
                    assertTrue(apart, a.name() + " overlaps " + b.name());
                }
            }
        }
    }
}
