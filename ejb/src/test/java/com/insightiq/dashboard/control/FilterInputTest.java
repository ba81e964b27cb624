package com.insightiq.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.dashboard.boundary.DashboardFilter;
import com.insightiq.platform.control.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterInputTest {
    /** Saturday 2024-03-30 23:30 UTC = Sunday 2024-03-31 00:30 in Berlin, the night clocks go forward. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-30T23:30:00Z"), ZoneOffset.UTC);
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    final FilterInput input = new FilterInput(CLOCK);

    static DashboardFilter filter(String id, String type) {
        return new DashboardFilter(id, "The " + id, type, null, null, null, List.of());
    }

    FilterValue.Dates dates(String raw, ZoneId zone) {
        return (FilterValue.Dates) input.parse(filter("created", "date"), raw, zone).orElseThrow();
    }

    static FilterValue.Dates days(String from, String to) {
        return new FilterValue.Dates(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    @Test
    void relativeRangesCountFromTodayInTheTenantsZone() {
        assertEquals(days("2024-03-31", "2024-03-31"), dates("today", BERLIN));
        assertEquals(days("2024-03-30", "2024-03-30"), dates("today", ZoneOffset.UTC));
        assertEquals(days("2024-03-24", "2024-03-30"), dates("past7days", BERLIN), "past N excludes today");
        assertEquals(days("2024-03-30", "2024-03-30"), dates("yesterday", BERLIN));
        assertEquals(days("2024-03-25", "2024-03-31"), dates("thisweek", BERLIN), "Monday to Sunday");
        assertEquals(days("2024-03-18", "2024-03-24"), dates("lastweek", BERLIN));
        assertEquals(days("2024-03-18", "2024-03-24"), dates("past1weeks", BERLIN));
        assertEquals(days("2024-04-01", "2024-04-14"), dates("next2weeks", BERLIN));
        assertEquals(days("2023-12-01", "2024-02-29"), dates("past3months", BERLIN), "leap February");
        assertEquals(days("2024-03-01", "2024-03-31"), dates("thismonth", BERLIN));
        assertEquals(days("2024-02-01", "2024-02-29"), dates("lastmonth", BERLIN));
        assertEquals(days("2024-01-01", "2024-03-31"), dates("thisquarter", BERLIN));
        assertEquals(days("2023-10-01", "2023-12-31"), dates("lastquarter", BERLIN));
        assertEquals(days("2024-04-01", "2024-06-30"), dates("next1quarters", BERLIN));
        assertEquals(days("2023-01-01", "2023-12-31"), dates("lastyear", BERLIN));
        assertEquals(days("2023-01-01", "2023-12-31"), dates("past1years", BERLIN));
        assertEquals(days("2024-01-01", "2024-12-31"), dates("thisyear", BERLIN));
        assertEquals(days("2024-01-01", "2024-03-31"), dates("ytd", BERLIN));
        assertEquals(days("2024-01-01", "2024-03-31"), dates("qtd", BERLIN));
        assertEquals(days("2024-03-01", "2024-03-31"), dates("mtd", BERLIN));
        assertEquals(days("2024-03-01", "2024-03-30"), dates("mtd", ZoneOffset.UTC));
    }

    @Test
    void theDayAfterTheClocksMoveIsStillCountedByTheCalendar() {
        FilterInput later = new FilterInput(Clock.fixed(Instant.parse("2024-10-27T22:30:00Z"), ZoneOffset.UTC));
        FilterValue.Dates today = (FilterValue.Dates) later.parse(filter("d", "date"), "today", BERLIN).orElseThrow();
        assertEquals(days("2024-10-27", "2024-10-27"), today, "CET again: 23:30 is still the 27th");
        FilterValue.Dates week = (FilterValue.Dates) later.parse(filter("d", "date"), "past1days",
                ZoneId.of("America/New_York")).orElseThrow();
        assertEquals(days("2024-10-26", "2024-10-26"), week);
    }

    @Test
    void absoluteRangesAndSingleDays() {
        assertEquals(days("2024-01-01", "2024-03-31"), dates("2024-01-01~2024-03-31", BERLIN));
        assertEquals(days("2024-01-01", null), dates("2024-01-01~", BERLIN));
        assertEquals(days(null, "2024-03-31"), dates("~2024-03-31", BERLIN));
        assertEquals(days("2024-02-29", "2024-02-29"), dates("2024-02-29", BERLIN));
        assertTrue(dates("2024-02-29", BERLIN).singleDay());
        assertEquals(days("2024-02-29", "2024-02-29"),
                input.parse(filter("created", "date"), List.of("2024-02-29"), BERLIN).orElseThrow(),
                "a URL parameter given once");
    }

    @Test
    void wrongShapesAre400NamingTheFilter() {
        DashboardFilter date = filter("created", "date");
        for (Object bad : List.of("2024-13-01", "yesterweek", "past0days", "2024-03-01~2024-01-01", "~",
                new BigDecimal(5), Map.of("from", "2024-01-01"), List.of("2024-01-01", "2024-01-02"), true)) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> input.parse(date, bad, BERLIN),
                    String.valueOf(bad));
            assertTrue(e.getMessage().contains("The created"), e.getMessage());
        }
        DashboardFilter number = filter("amount", "number");
        for (Object bad : List.of("ten", "5~1", Map.of(), true, List.of("1", List.of("2")))) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> input.parse(number, bad, BERLIN), String.valueOf(bad));
            assertTrue(e.getMessage().contains("The amount"), e.getMessage());
        }
        assertThrows(InvalidInputException.class, () -> input.parse(filter("id", "id"), "1.5", BERLIN));
        assertThrows(InvalidInputException.class, () -> input.parse(filter("id", "id"), "x", BERLIN));
        assertThrows(InvalidInputException.class, () -> input.parse(filter("c", "category"), Map.of("a", 1), BERLIN));
        assertThrows(InvalidInputException.class, () -> input.parse(filter("c", "category"), true, BERLIN));
    }

    @Test
    void categoriesNumbersAndIds() {
        assertEquals(new FilterValue.Texts(List.of("Gizmo", "Widget")),
                input.parse(filter("c", "category"), List.of("Gizmo", "Widget"), BERLIN).orElseThrow());
        assertEquals(new FilterValue.Texts(List.of("Gizmo")),
                input.parse(filter("c", "text"), "Gizmo", BERLIN).orElseThrow());
        assertEquals(new FilterValue.Texts(List.of("7", "12")),
                input.parse(filter("i", "id"), List.of("7", new BigDecimal("12")), BERLIN).orElseThrow());
        assertEquals(new FilterValue.Numbers(List.of(new BigDecimal("2.5"))),
                input.parse(filter("n", "number"), new BigDecimal("2.5"), BERLIN).orElseThrow());
        assertEquals(new FilterValue.NumberRange(new BigDecimal("10"), new BigDecimal("20")),
                input.parse(filter("n", "number"), "10~20", BERLIN).orElseThrow());
        assertEquals(new FilterValue.NumberRange(null, new BigDecimal("20")),
                input.parse(filter("n", "number"), "~20", BERLIN).orElseThrow());
        for (Object unset : java.util.Arrays.asList(null, "", " ", List.of())) {
            assertTrue(input.parse(filter("c", "category"), unset, BERLIN).isEmpty());
        }
    }

    @Test
    void defaultsApplyLockedValuesWinUnknownIdsAndMissingRequiredValuesAre400() {
        DashboardFilter created = new DashboardFilter("created", "Created", "date", "past30days", true, null,
                List.of());
        DashboardFilter category = new DashboardFilter("category", "Category", "category", null, false, null,
                List.of());
        Map<String, FilterValue> values = input.read(List.of(created, category), Map.of(), Map.of(), BERLIN);
        assertEquals(days("2024-03-01", "2024-03-30"), values.get("created"));
        assertTrue(!values.containsKey("category"));

        Map<String, Object> given = new HashMap<>();
        given.put("category", "Gizmo");
        Map<String, FilterValue> locked = input.read(List.of(created, category), given,
                Map.of("category", "Widget"), BERLIN);
        assertEquals(new FilterValue.Texts(List.of("Widget")), locked.get("category"));

        assertThrows(InvalidInputException.class,
                () -> input.read(List.of(created), Map.of("nope", "x"), Map.of(), BERLIN));
        DashboardFilter required = new DashboardFilter("region", "Region", "category", null, true, null, List.of());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> input.read(List.of(required), Map.of(), Map.of(), BERLIN));
        assertTrue(e.getMessage().contains("Region"), e.getMessage());
    }
}
