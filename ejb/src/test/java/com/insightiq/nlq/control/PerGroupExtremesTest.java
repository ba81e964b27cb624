package com.insightiq.nlq.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * "The highest rating in each city" is each city's maximum; "the highest rated business in each city" asks for a
 * business of every city, a ranking within groups that is refused rather than answered with the maximum alone.
 * Schema of {@link StateFlagsTest}.
 */
class PerGroupExtremesTest {

    @Test
    void theExtremeOfAColumnPerGroupIsItsMaximum() {
        String sql = Asking.answeredSql(StateFlagsTest.source(), "What is the highest rating in each city?");
        assertTrue(sql.startsWith("SELECT t0.\"city\" AS \"city\", MAX(t0.\"rating\")")
                && sql.contains("GROUP BY t0.\"city\""), sql);
    }

    @Test
    void theRowsRankedFirstInEachGroupAreRefusedNotGivenAsAMaximum() {
        Translation t = Asking.translate(StateFlagsTest.source(), "What is the highest rated business in each city?");
        assertEquals(Translation.Status.CANNOT_ANSWER, t.status(), t::toString);
        assertTrue(t.reason().contains("ranks within each group"), t.reason());
    }
}
