package com.insightiq.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {
    @Test
    void wordsBecomeRequiredPrefixes() {
        assertEquals("orders:* & 20:*", SearchTerms.of("  Orders 20 ").orElseThrow().prefixQuery());
        assertEquals("orders:* & 2024:*", SearchTerms.of("orders_2024").orElseThrow().prefixQuery());
    }

    @Test
    void operatorsQuotesAndBackslashesAreDropped() {
        assertEquals("a:* & b:* & c:*", SearchTerms.of("a:*&|!()<>'\\b\"c").orElseThrow().prefixQuery());
        assertEquals("drop:* & table:* & x:*", SearchTerms.of("'); DROP TABLE x;--").orElseThrow().prefixQuery());
        assertFalse(SearchTerms.of(":*&|!").isPresent());
        assertFalse(SearchTerms.of("   ").isPresent());
        assertFalse(SearchTerms.of(null).isPresent());
    }

    @Test
    void lettersOfEveryLanguageStay() {
        assertEquals(List.of("umsätze", "größe"), SearchTerms.of("Umsätze, Größe").orElseThrow().words());
    }

    @Test
    void onlyLettersDigitsAndOperatorsReachTheTsquery() {
        String query = SearchTerms.of("x".repeat(300) + " ;'\\\" " + "y ".repeat(40)).orElseThrow().prefixQuery();
        assertTrue(query.matches("[\\p{L}\\p{N}:* &]+"), query);
        assertTrue(query.length() < 200, "words are capped in length and number: " + query);
    }

    @Test
    void theExactTextIsKeptForTheNameBoost() {
        assertEquals("Orders 2024", SearchTerms.of(" Orders 2024 ").orElseThrow().text());
    }
}
