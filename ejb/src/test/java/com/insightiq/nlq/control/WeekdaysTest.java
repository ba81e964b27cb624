package com.insightiq.nlq.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Days of the week: "on weekends", "on weekdays", "on Mondays and Wednesdays", "weekend sales" keep the rows whose date
 * falls on those days; "on Monday" alone could be one date or every Monday and is asked back. Schema of
 * {@link DurationsTest}.
 */
class WeekdaysTest {

    @Test
    void weekendsAreSaturdayAndSundayOfTheRowsDate() {
        NlQuery q = Asking.answered(DurationsTest.source(), "How many sales were made on weekends?");
        assertEquals(List.of(new NlQuery.Condition(DurationsTest.SALE_DATE, NlQuery.Operator.WEEKDAY,
                List.of("6", "7"), false, false)), q.filters());
        assertEquals("sale_date of sales on a weekend", Interpretations.conditionText(q.filters().get(0),
                DurationsTest.source()));
        assertTrue(Asking.answeredSql(DurationsTest.source(), "What is the average total amount of weekend sales?")
                .endsWith("WHERE EXTRACT(ISODOW FROM t0.\"sale_date\") IN (6, 7)"));
    }

    @Test
    void namedDaysInAListAreAnyOfThemAndCombineWithAPeriod() {
        String sql = Asking.answeredSql(DurationsTest.source(), "What is the total amount of payments made on"
                + " Mondays and Wednesdays in 2024?");
        assertTrue(sql.contains("EXTRACT(ISODOW FROM t0.\"payment_date\") IN (1, 3)")
                && sql.contains("t0.\"payment_date\" >= DATE '2024-01-01'"), sql);
        String not = Asking.answeredSql(DurationsTest.source(), "How many payments were not made on weekdays?");
        assertTrue(not.endsWith("WHERE NOT (EXTRACT(ISODOW FROM t0.\"payment_date\") IN (1, 2, 3, 4, 5))"), not);
    }

    @Test
    void oneDayNamedAloneIsAskedBackNotTakenAsADate() {
        Translation t = Asking.translate(DurationsTest.source(), "How many sales were made on Monday?");
        assertEquals(Translation.Status.CANNOT_ANSWER, t.status(), t::toString);
        assertTrue(t.reason().contains("every Monday?"), t.reason());
    }

    @Test
    void daysAreCheckedWhenCompiled() {
        NlQuery q = Asking.answered(DurationsTest.source(), "How many sales were made on weekends?");
        NlQuery forged = new NlQuery(q.tableId(), q.joins(), q.fields(), q.measures(), List.of(new NlQuery.Condition(
                DurationsTest.SALE_DATE, NlQuery.Operator.WEEKDAY, List.of("6); DROP TABLE sales; --"), false,
                false)), q.order(), q.limit(), q.distinct(), q.compare(), q.having());
        assertEquals(com.insightiq.platform.control.InvalidInputException.class, org.junit.jupiter.api.Assertions
                .assertThrows(RuntimeException.class, () -> new NlSql().compile(forged, DurationsTest.source(),
                        new com.insightiq.connection.control.PostgresDriver())).getClass());
    }
}
