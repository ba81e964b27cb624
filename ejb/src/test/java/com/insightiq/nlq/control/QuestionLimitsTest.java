package com.insightiq.nlq.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.platform.control.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuestionLimitsTest {

    @Test
    void aQuestionIsStrippedAndKeepsQuotesUnicodeTabsAndLineBreaks() {
        assertEquals("How many orders in Köln's \"Süd\" 🚀?\tper month\nplease",
                QuestionLimits.question("  How many orders in Köln's \"Süd\" 🚀?\tper month\nplease \n"));
    }

    @Test
    void aMissingOrBlankQuestionIsRefused() {
        assertEquals("The question is required.",
                assertThrows(InvalidInputException.class, () -> QuestionLimits.question(null)).getMessage());
        assertThrows(InvalidInputException.class, () -> QuestionLimits.question(" \n\t "));
    }

    @Test
    void fiveHundredCharactersPassAndMoreAreRefusedWithTheLimit() {
        assertEquals(500, QuestionLimits.question("a".repeat(500)).length());
        assertEquals(500, QuestionLimits.question("🚀".repeat(500)).codePointCount(0, 1000), "code points count");
        String message = assertThrows(InvalidInputException.class,
                () -> QuestionLimits.question("a".repeat(501))).getMessage();
        assertEquals("The question is too long (at most 500 characters).", message);
        assertThrows(InvalidInputException.class, () -> QuestionLimits.question("x".repeat(20_000)));
    }

    @Test
    void controlCharactersOtherThanTabAndLineBreaksAreRefused() {
        for (String bad : new String[] {"orders\u0000", "\u001Forders", "a\u0007b", "a\u007Fb", "a\u0085b",
                "a\u001Bb[2J", "half \uD800 surrogate"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> QuestionLimits.question(bad),
                    bad);
            assertTrue(e.getMessage().contains("control characters"), e.getMessage());
        }
    }

    @Test
    void contextIsOptionalAndLimitedToFourThousand() {
        assertNull(QuestionLimits.context(null));
        assertNull(QuestionLimits.context("  "));
        assertEquals(4000, QuestionLimits.context("c".repeat(4000)).length());
        assertThrows(InvalidInputException.class, () -> QuestionLimits.context("c".repeat(4001)));
    }

    @Test
    void theReferenceDateIsIsoOrTheFallback() {
        LocalDate today = LocalDate.of(2025, 3, 14);
        assertEquals(today, QuestionLimits.referenceDate(null, today));
        assertEquals(LocalDate.of(2024, 2, 29), QuestionLimits.referenceDate("2024-02-29", today));
        for (String bad : new String[] {"2024-02-30", "29.02.2024", "2024-2-1", "yesterday", "2024-02-29T00:00"}) {
            assertThrows(InvalidInputException.class, () -> QuestionLimits.referenceDate(bad, today), bad);
        }
    }
}
