package com.insightiq.nlq.control;

import static com.insightiq.nlq.control.TestSchema.col;
import static com.insightiq.nlq.control.TestSchema.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.connection.entity.Engine;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Yes/no columns said as a state of the rows: "open businesses", "businesses that are closed", "inactive users".
 * is_open is a whole number holding 0 and 1 (the catalog keeps no values of numbers, only that it saw two);
 * is_active a boolean.
 */
class StateFlagsTest {
    static final long BUSINESS = 1, REVIEW = 2, MEMBER = 3;
    static final long BID = 11, NAME = 12, CITY = 13, IS_OPEN = 14, RATING = 15, REVIEW_COUNT = 16,
            RID = 21, R_BUSINESS = 22, R_RATING = 23, MID = 31, M_NAME = 32, IS_ACTIVE = 33;

    static SchemaLexicon source() {
        List<SchemaLexicon.Table> tables = List.of(table(BUSINESS, "business", 500), table(REVIEW, "review", 4000),
                table(MEMBER, "member", 300));
        List<SchemaLexicon.Column> columns = List.of(
                col(BID, BUSINESS, "bid", Types.INTEGER, true, null, 500, List.of()),
                col(NAME, BUSINESS, "name", Types.VARCHAR, 500, List.of()),
                col(CITY, BUSINESS, "city", Types.VARCHAR, 12, List.of("Austin", "Seattle")),
                col(IS_OPEN, BUSINESS, "is_open", Types.BIGINT, 2, List.of()),
                col(RATING, BUSINESS, "rating", Types.NUMERIC, 9, List.of()),
                col(REVIEW_COUNT, BUSINESS, "review_count", Types.BIGINT, 300, List.of()),
                col(RID, REVIEW, "rid", Types.INTEGER, true, null, 4000, List.of()),
                col(R_BUSINESS, REVIEW, "bid", Types.INTEGER, false, BID, 500, List.of()),
                col(R_RATING, REVIEW, "stars", Types.INTEGER, 5, List.of()),
                col(MID, MEMBER, "member_id", Types.INTEGER, true, null, 300, List.of()),
                col(M_NAME, MEMBER, "name", Types.VARCHAR, 300, List.of()),
                col(IS_ACTIVE, MEMBER, "is_active", Types.BOOLEAN, 2, List.of()));
        return new SchemaLexicon(9, Engine.POSTGRESQL, tables, columns, List.of(), List.of());
    }

    private static List<NlQuery.Condition> filters(String question) {
        return Asking.answered(source(), question).filters();
    }

    private static NlQuery.Condition is(long column, boolean yes) {
        return new NlQuery.Condition(column, yes ? NlQuery.Operator.IS_TRUE : NlQuery.Operator.IS_FALSE, List.of(),
                false, false);
    }

    @Test
    void theStateBeforeTheRowsOrAfterBeIsACondition() {
        for (String q : List.of("List the open businesses", "Which businesses are open?",
                "Show the names of businesses that are currently open")) {
            assertEquals(List.of(is(IS_OPEN, true)), filters(q), q);
        }
        assertTrue(Asking.answeredSql(source(), "Which businesses are open?")
                .endsWith("WHERE t0.\"is_open\" > 0 ORDER BY 1"));
        assertEquals(List.of(is(IS_ACTIVE, true)), filters("How many active members are there?"));
    }

    @Test
    void theOppositeStateOrANegationIsTheConditionTurnedAround() {
        for (String q : List.of("List the names of businesses that are closed.", "Which businesses are not open?",
                "What is the average rating of closed businesses?")) {
            assertEquals(List.of(is(IS_OPEN, false)), filters(q), q);
        }
        assertEquals(List.of(is(IS_ACTIVE, false)), filters("List the inactive members"));
        assertEquals(List.of(is(IS_OPEN, true)), filters("Which businesses are not closed?"));
    }

    @Test
    void theStateLeavesTheCountAndItsGroupsAsTheyWere() {
        NlQuery q = Asking.answered(source(), "How many open businesses are there in each city?");
        assertEquals(List.of(is(IS_OPEN, true)), q.filters());
        assertEquals(List.of(new NlQuery.Field(CITY, null)), q.fields());
        assertEquals(NlQuery.Aggregation.COUNT, q.measures().get(0).aggregation());
        String most = Asking.answeredSql(source(), "Which city has the most open businesses?");
        assertTrue(most.contains("WHERE t0.\"is_open\" > 0 GROUP BY t0.\"city\"") && most.endsWith("LIMIT 1"), most);
        String sum = Asking.answeredSql(source(), "What is the total review count of open businesses?");
        assertTrue(sum.startsWith("SELECT SUM(t0.\"review_count\")") && sum.endsWith("WHERE t0.\"is_open\" > 0"), sum);
    }

    @Test
    void statesSetAgainstEachOtherAreTheRatiosSides() {
        NlQuery.Measure open = new NlQuery.Measure(NlQuery.Aggregation.COUNT, BUSINESS, null,
                List.of(is(IS_OPEN, true)), List.of());
        NlQuery.Measure closed = new NlQuery.Measure(NlQuery.Aggregation.COUNT, BUSINESS, null,
                List.of(is(IS_OPEN, false)), List.of());
        for (String q : List.of("What is the ratio of open businesses to closed businesses?",
                "What is the ratio of open to closed businesses?")) {
            NlQuery query = Asking.answered(source(), q);
            assertEquals(List.of(new NlQuery.Measure(NlQuery.Aggregation.RATIO, null, null, List.of(),
                    List.of(open, closed))), query.measures(), q);
            assertEquals(List.of(), query.filters(), q);
        }
        String share = Asking.answeredSql(source(), "What percentage of businesses are open?");
        assertTrue(share.startsWith("SELECT 100.0 * SUM(CASE WHEN t0.\"is_open\" > 0 THEN 1.0 ELSE 0 END)"
                + " / NULLIF(COUNT(*), 0)"), share);
    }

    @Test
    void aRatioWhoseSidesCameOutTheSameIsRefused() {
        // neither side says what sets it apart: a quotient that is always 1 is never answered
        Translation t = Asking.translate(source(), "What is the ratio of review stars to review stars?");
        assertEquals(Translation.Status.CANNOT_ANSWER, t.status(), t::toString);
        assertTrue(t.reason().startsWith("Both sides of the ratio came out the same"), t.reason());
    }

    @Test
    void onlyANameThatSaysYesOrNoIsAState() {
        // "open" is no column of reviews: a word of the question left unread is never dropped silently
        assertEquals(Translation.Status.CANNOT_ANSWER,
                Asking.translate(source(), "How many reviews are open?").status());
        // a state no column holds is not a verb to pass over either
        Translation deleted = Asking.translate(source(), "Which reviews were deleted?");
        assertEquals(Translation.Status.CANNOT_ANSWER, deleted.status());
        assertEquals(List.of("deleted"), deleted.notUnderstood());
        assertTrue(SchemaIndex.isFlag(source().columns().get(3)));
        assertFalse(SchemaIndex.isFlag(source().columns().get(5)), "review_count is a number, not a yes/no");
        assertEquals("open", SchemaIndex.flagState(source().columns().get(3)).orElseThrow());
    }
}
