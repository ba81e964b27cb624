package com.insightiq.nlq.control;

import static com.insightiq.nlq.control.TestSchema.col;
import static com.insightiq.nlq.control.TestSchema.table;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.connection.entity.Engine;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * business keeps a review_count; reviews are also rows of their own. "The number of reviews" is the kept count where
 * the question names businesses, and a count of review rows where it does not ("written by each user").
 */
class KeptCountsTest {
    static final long BUSINESS = 1, REVIEW = 2, USERS = 3;
    static final long BID = 11, NAME = 12, REVIEW_COUNT = 13, RID = 21, R_BUSINESS = 22, R_USER = 23,
            UID = 31, U_NAME = 32;

    static SchemaLexicon source() {
        List<SchemaLexicon.Table> tables = List.of(table(BUSINESS, "business", 100), table(REVIEW, "review", 900),
                table(USERS, "users", 60));
        List<SchemaLexicon.Column> columns = List.of(
                col(BID, BUSINESS, "bid", Types.INTEGER, true, null, 100, List.of()),
                col(NAME, BUSINESS, "name", Types.VARCHAR, 100, List.of()),
                col(REVIEW_COUNT, BUSINESS, "review_count", Types.BIGINT, 70, List.of()),
                col(RID, REVIEW, "rid", Types.INTEGER, true, null, 900, List.of()),
                col(R_BUSINESS, REVIEW, "bid", Types.INTEGER, false, BID, 100, List.of()),
                col(R_USER, REVIEW, "uid", Types.INTEGER, false, UID, 60, List.of()),
                col(UID, USERS, "uid", Types.INTEGER, true, null, 60, List.of()),
                col(U_NAME, USERS, "name", Types.VARCHAR, 60, List.of()));
        return new SchemaLexicon(14, Engine.POSTGRESQL, tables, columns, List.of(), List.of());
    }

    @Test
    void theCountABusinessKeepsIsItsOwn() {
        String sql = Asking.answeredSql(source(), "What are the top 3 businesses with the highest number of reviews?");
        assertTrue(sql.contains("t0.\"review_count\"") && sql.endsWith("LIMIT 3"), sql);
        // "in terms of" says what the top ones are ranked by, as "by" does
        String terms = Asking.answeredSql(source(), "What are the top 3 businesses in terms of review count?");
        assertTrue(terms.contains("ORDER BY 2 DESC NULLS LAST LIMIT 3") && terms.contains("\"review_count\""), terms);
    }

    @Test
    void theBusinessWithTheMostIsRankedByItsOwnNumberNeverASum() {
        String sql = Asking.answeredSql(source(), "Which business has the most reviews?");
        assertTrue(sql.startsWith("SELECT t0.\"name\" AS") && sql.endsWith(
                "ORDER BY t0.\"review_count\" DESC NULLS LAST LIMIT 1") && !sql.contains("SUM("), sql);
    }

    @Test
    void andHowManyShowsTheCountThatRanks() {
        String sql = Asking.answeredSql(source(), "Which user has written the most reviews, and how many?");
        assertTrue(sql.startsWith("SELECT t1.\"name\" AS \"name\", COUNT(") && sql.contains("ORDER BY 2 DESC")
                && sql.endsWith("LIMIT 1"), sql);
        String ranksOnly = Asking.answeredSql(source(), "Which user has written the most reviews?");
        assertTrue(ranksOnly.contains("ORDER BY COUNT(") && !ranksOnly.contains("AS \"Count of"), ranksOnly);
    }

    @Test
    void twoCountsComparedWithEachOtherAreNotDropped() {
        Translation t = Asking.translate(source(), "Which businesses have more reviews than users?");
        org.junit.jupiter.api.Assertions.assertEquals(Translation.Status.CANNOT_ANSWER, t.status(), t::toString);
        assertTrue(t.notUnderstood().contains("than"), t::toString);
    }

    @Test
    void withoutBusinessesTheReviewRowsAreCounted() {
        String sql = Asking.answeredSql(source(), "What is the number of reviews written by each user, ordered by the"
                + " number of reviews in descending order?");
        assertTrue(sql.contains("COUNT(") && !sql.contains("review_count") && !sql.contains("\"business\""), sql);
    }
}
