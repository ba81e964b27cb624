package com.insightiq.question.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.insightiq.question.entity.QuestionContent;
import org.junit.jupiter.api.Test;

class RevisionSummaryTest {
    private static final QuestionContent BASE = new QuestionContent("Sales", "About sales", 1L, "SELECT 1", "[]",
            "table", "{}", null, null);

    @Test
    void namesEachChange() {
        assertEquals("", RevisionSummary.of(BASE, BASE), "nothing changed: no revision");
        assertEquals("Renamed", RevisionSummary.of(BASE, with("Revenue", "About sales", "SELECT 1", "[]", "table",
                "{}", null, null)));
        assertEquals("Changed the description", RevisionSummary.of(BASE, with("Sales", null, "SELECT 1", "[]",
                "table", "{}", null, null)));
        assertEquals("Changed the SQL, changed the parameters", RevisionSummary.of(BASE, with("Sales", "About sales",
                "SELECT {{a}}", "[{\"name\":\"a\"}]", "table", "{}", null, null)));
        assertEquals("Changed the visualization", RevisionSummary.of(BASE, with("Sales", "About sales", "SELECT 1",
                "[]", "table", "{\"totals\":true}", null, null)));
        assertEquals("Changed the visualization", RevisionSummary.of(BASE, with("Sales", "About sales", "SELECT 1",
                "[]", "bar", "{}", null, null)));
        assertEquals("Moved", RevisionSummary.of(BASE, with("Sales", "About sales", "SELECT 1", "[]", "table", "{}",
                4L, null)));
        assertEquals("Renamed, moved, changed the cache TTL", RevisionSummary.of(BASE, with("New", "About sales",
                "SELECT 1", "[]", "table", "{}", 4L, 60)));
        assertEquals("Changed the data source", RevisionSummary.of(BASE, new QuestionContent("Sales", "About sales",
                2L, "SELECT 1", "[]", "table", "{}", null, null)));
    }

    @Test
    void restoresAndCopiesSayWhere() {
        assertEquals("Restored revision 3", RevisionSummary.restored(3));
        assertEquals("Created as a copy of 'Sales'", RevisionSummary.copied("Sales"));
    }

    private static QuestionContent with(String name, String description, String sql, String parameters, String type,
                                        String settings, Long collection, Integer ttl) {
        return new QuestionContent(name, description, 1L, sql, parameters, type, settings, collection, ttl);
    }
}
