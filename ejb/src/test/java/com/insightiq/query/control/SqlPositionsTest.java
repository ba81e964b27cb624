package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SqlPositionsTest {

    private static SqlPositions.LineColumn where(String written, String sent, String errorAt) {
        int index = SqlPositions.toWritten(written, sent, sent.indexOf(errorAt));
        return SqlPositions.lineColumn(written, index);
    }

    @Test
    void unchangedSqlMapsOneToOne() {
        String sql = "SELECT id\n  FROM nowhere";
        assertEquals(new SqlPositions.LineColumn(2, 8), where(sql, sql, "nowhere"));
    }

    @Test
    void variablesAndSnippetsBeforeTheErrorDoNotShiftIt() {
        String written = "SELECT *\nFROM t\nWHERE a = {{a}} AND {{snippet: recent}}\n  AND bogus = 1";
        String sent = "SELECT *\nFROM t\nWHERE a = ? AND created > now() - interval '7 days'\n  AND bogus = 1";
        assertEquals(new SqlPositions.LineColumn(4, 7), where(written, sent, "bogus"));
    }

    @Test
    void anErrorBetweenChangesIsFoundInTheOriginal() {
        String written = "SELECT {{a}}, frm_x, {{b}}";
        String sent = "SELECT ?, frm_x, ?";
        assertEquals(new SqlPositions.LineColumn(1, 15), where(written, sent, "frm_x"));
    }

    @Test
    void aPagingWrapperIsSeenThrough() {
        String written = "SELECT id FROM t\nORDER BY nope";
        String sent = "SELECT * FROM (\n" + written + "\n) q LIMIT ? OFFSET ?";
        assertEquals(new SqlPositions.LineColumn(2, 10), where(written, sent, "nope"));
    }

    @Test
    void positionsOutsideTheTextStayInside() {
        assertEquals(0, SqlPositions.toWritten("abc", "abc", -5));
        assertEquals(3, SqlPositions.toWritten("abc", "abc", 99));
        assertEquals(new SqlPositions.LineColumn(1, 1), SqlPositions.lineColumn("", 0));
    }
}
