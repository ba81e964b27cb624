package com.insightiq.nlq.control;

import static com.insightiq.nlq.control.TestSchema.col;
import static com.insightiq.nlq.control.TestSchema.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.connection.entity.Engine;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows that keep a count of their own: checkin(cid, business_id, count, day) holds how many check-ins a business had
 * on a day. "The number of check-ins" adds the counts up; "how many check-ins" could be rows or counts and is asked
 * back. Also: "check-ins", which the tokenizer splits at its hyphen, names the table checkin.
 */
class RowsKeepingCountsTest {
    static final long BUSINESS = 1, CHECKIN = 2;
    static final long BID = 11, BUSINESS_ID = 12, NAME = 13, CID = 21, C_BUSINESS = 22, COUNT = 23, DAY = 24;

    static SchemaLexicon source() {
        List<SchemaLexicon.Table> tables = List.of(table(BUSINESS, "business", 100), table(CHECKIN, "checkin", 600));
        List<SchemaLexicon.Column> columns = List.of(
                col(BID, BUSINESS, "bid", Types.BIGINT, 100, List.of()),
                col(BUSINESS_ID, BUSINESS, "business_id", Types.VARCHAR, 100, List.of()),
                col(NAME, BUSINESS, "name", Types.VARCHAR, 100, List.of("Joe's Pizza", "Golden Dragon")),
                col(CID, CHECKIN, "cid", Types.BIGINT, 600, List.of()),
                col(C_BUSINESS, CHECKIN, "business_id", Types.VARCHAR, 100, List.of()),
                col(COUNT, CHECKIN, "count", Types.BIGINT, 80, List.of()),
                col(DAY, CHECKIN, "day", Types.VARCHAR, 7, List.of("Monday", "Saturday", "Sunday")));
        return new SchemaLexicon(12, Engine.POSTGRESQL, tables, columns, List.of(), List.of());
    }

    @Test
    void theNumberOfRowsThatKeepCountsIsTheirSum() {
        assertEquals("SELECT SUM(t0.\"count\") AS \"Sum of count of checkin\" FROM \"public\".\"checkin\" t0"
                + " WHERE t0.\"day\" = 'Saturday'",
                Asking.answeredSql(source(), "What is the total number of check-ins on Saturday?"));
        String perDay = Asking.answeredSql(source(), "What is the number of checkins per day?");
        assertTrue(perDay.startsWith("SELECT t0.\"day\" AS \"day\", SUM(t0.\"count\")")
                && perDay.contains("GROUP BY t0.\"day\""), perDay);
    }

    @Test
    void theNumberWithoutTotalIsTheSumTooAndAPossessiveNameIsOneValue() {
        // the tokenizer reads Joe, 's, Pizza; the value index keeps "Joe's Pizza"
        assertEquals("SELECT SUM(t0.\"count\") AS \"Sum of count of checkin\" FROM \"public\".\"checkin\" t0"
                + " JOIN \"public\".\"business\" t1 ON t0.\"business_id\" = t1.\"business_id\""
                + " WHERE t1.\"name\" = 'Joe''s Pizza'",
                Asking.answeredSql(source(), "What is the number of check-ins for Joe's Pizza?"));
    }

    @Test
    void rowsOrTheirCountsIsAskedBack() {
        for (String q : List.of("How many check-ins are there?", "Which day has the most check-ins?")) {
            Translation t = Asking.translate(source(), q);
            assertEquals(Translation.Status.CANNOT_ANSWER, t.status(), q);
            assertTrue(t.reason().contains("keeps a count of its own (count)"), t.reason());
        }
    }
}
