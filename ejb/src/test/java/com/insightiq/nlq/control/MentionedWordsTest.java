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
 * "Reviews that mention pizza": the rows' free text contains the words, in any case, even where another column holds
 * them as a value (the category Pizza is not what a review mentions).
 */
class MentionedWordsTest {
    static final long BUSINESS = 1, CATEGORY = 2, REVIEW = 3;
    static final long BID = 11, NAME = 12, CID = 21, C_BUSINESS = 22, CATEGORY_NAME = 23,
            RID = 31, R_BUSINESS = 32, TEXT = 33, RATING = 34;

    static SchemaLexicon source() {
        List<SchemaLexicon.Table> tables = List.of(table(BUSINESS, "business", 100), table(CATEGORY, "category", 150),
                table(REVIEW, "review", 2000));
        List<SchemaLexicon.Column> columns = List.of(
                col(BID, BUSINESS, "bid", Types.INTEGER, true, null, 100, List.of()),
                col(NAME, BUSINESS, "name", Types.VARCHAR, 100, List.of()),
                col(CID, CATEGORY, "id", Types.INTEGER, true, null, 150, List.of()),
                col(C_BUSINESS, CATEGORY, "bid", Types.INTEGER, false, BID, 90, List.of()),
                col(CATEGORY_NAME, CATEGORY, "category_name", Types.VARCHAR, 40, List.of("Pizza", "Italian")),
                col(RID, REVIEW, "rid", Types.INTEGER, true, null, 2000, List.of()),
                col(R_BUSINESS, REVIEW, "bid", Types.INTEGER, false, BID, 100, List.of()),
                col(TEXT, REVIEW, "text", Types.VARCHAR, 2000, List.of()),
                col(RATING, REVIEW, "rating", Types.NUMERIC, 5, List.of()));
        return new SchemaLexicon(13, Engine.POSTGRESQL, tables, columns, List.of(), List.of());
    }

    private static NlQuery.Condition mentions(String words) {
        return new NlQuery.Condition(TEXT, NlQuery.Operator.CONTAINS, List.of(words), false, true);
    }

    @Test
    void theRowsTextContainsWhatTheyMention() {
        assertEquals(List.of(mentions("pizza")), Asking.answered(source(), "Which reviews mention pizza?").filters());
        assertEquals(List.of(mentions("great")), Asking.answered(source(), "How many reviews mention 'great'?")
                .filters());
        assertEquals(List.of(mentions("delicious")), Asking.answered(source(),
                "Which reviews contain the word delicious?").filters());
        String sql = Asking.answeredSql(source(), "What is the average rating of reviews mentioning pizza?");
        assertEquals("SELECT AVG(t0.\"rating\") AS \"Average of rating of review\" FROM \"public\".\"review\" t0"
                + " WHERE LOWER(t0.\"text\") LIKE '%pizza%' ESCAPE '\\'", sql);
    }

    @Test
    void theSpeakingRowsMayBeJoined() {
        String sql = Asking.answeredSql(source(), "Which businesses have reviews that mention brisket?");
        assertTrue(sql.contains("JOIN \"public\".\"review\" t1") && sql.contains("LOWER(t1.\"text\") LIKE '%brisket%'")
                && !sql.contains("category"), sql);
    }
}
