package com.insightiq.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.platform.control.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterDefaultsTest {

    static void refused(String type, Object value) {
        String message = assertThrows(InvalidInputException.class, () -> FilterDefaults.check(type, value, "'f'"),
                type + " " + value).getMessage();
        assertTrue(message.contains("'f'"), message);
    }

    @Test
    void emptyMeansNotSet() {
        assertNull(FilterDefaults.check("date", null, "'f'"));
        assertNull(FilterDefaults.check("text", "", "'f'"));
        assertNull(FilterDefaults.check("category", List.of(), "'f'"));
    }

    @Test
    void datesAreRelativeAbsoluteOrOneDay() {
        for (String ok : List.of("past7days", "past3months", "past1years", "next2weeks", "today", "thisquarter",
                "lastyear", "ytd", "2024-01-01~2024-03-31", "2024-01-01~", "~2024-03-31", "2024-02-29")) {
            assertEquals(ok, FilterDefaults.check("date", ok, "'f'"));
        }
        for (Object bad : List.of("past0days", "past7fortnights", "last tuesday", "2024-13-01", "2023-02-29", "~",
                "2024-03-31~2024-01-01", "2024-1-1", 5, List.of("today"), Map.of("a", 1))) {
            refused("date", bad);
        }
    }

    @Test
    void numbersAreNumbersListsOrRanges() {
        assertEquals(new BigDecimal("5"), FilterDefaults.check("number", new BigDecimal("5"), "'f'"));
        assertEquals(BigDecimal.valueOf(7), FilterDefaults.check("number", 7, "'f'"));
        assertEquals(List.of(BigDecimal.ONE, new BigDecimal("2.5")),
                FilterDefaults.check("number", List.of(BigDecimal.ONE, new BigDecimal("2.5")), "'f'"));
        assertEquals("10~20", FilterDefaults.check("number", "10~20", "'f'"));
        assertEquals("~20", FilterDefaults.check("number", "~20", "'f'"));
        for (Object bad : List.of("abc", "10", "1~2~3", "~", "a~b", true, List.of("1"), Map.of())) {
            refused("number", bad);
        }
    }

    @Test
    void idsAreWholeNumbersAsTextOrNumbers() {
        assertEquals("42", FilterDefaults.check("id", " 42 ", "'f'"));
        assertEquals(new BigDecimal("42"), FilterDefaults.check("id", new BigDecimal("42"), "'f'"));
        assertEquals(List.of("1", new BigDecimal("2")), FilterDefaults.check("id", List.of("1",
                new BigDecimal("2")), "'f'"));
        for (Object bad : List.of("x1", new BigDecimal("1.5"), true, List.of("a"))) {
            refused("id", bad);
        }
    }

    @Test
    void categoriesAndTextsAreStringsOrListsOfStrings() {
        assertEquals("West", FilterDefaults.check("category", "West", "'f'"));
        assertEquals(List.of("West", "East"), FilterDefaults.check("text", List.of("West", "East"), "'f'"));
        for (Object bad : List.of(7, true, List.of(1), Map.of("a", "b"), "x".repeat(1001))) {
            refused("category", bad);
        }
        List<String> tooMany = java.util.Collections.nCopies(1001, "a");
        refused("text", tooMany);
    }
}
