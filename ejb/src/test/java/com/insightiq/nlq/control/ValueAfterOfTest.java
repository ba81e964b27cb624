package com.insightiq.nlq.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Reviews with a rating of 5", "a rating of 4.5": a number column's value said after "of". Schema of
 * {@link MentionedWordsTest}. */
class ValueAfterOfTest {

    private static List<NlQuery.Condition> filters(String question) {
        return Asking.answered(MentionedWordsTest.source(), question).filters();
    }

    private static NlQuery.Condition rating(String value) {
        return new NlQuery.Condition(MentionedWordsTest.RATING, NlQuery.Operator.EQUALS, List.of(value), false, false);
    }

    @Test
    void aColumnOfANumberIsThatValue() {
        assertEquals(List.of(rating("5")), filters("How many reviews have a rating of 5?"));
        assertEquals(List.of(rating("5")), filters("How many reviews with a rating of 5 are there?"));
        assertEquals(List.of(rating("4.5")), filters("Which reviews have a rating of 4.5?"));
    }

    @Test
    void aComparisonAfterOfStaysAComparison() {
        assertEquals(List.of(new NlQuery.Condition(MentionedWordsTest.RATING, NlQuery.Operator.GREATER_OR_EQUAL,
                List.of("4"), false, false)), filters("How many reviews have a rating of 4 or more?"));
    }
}
