package com.insightiq.viz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueFormatsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static ValueFormats formats(Locale locale, Map<String, Object> numberFormat) {
        return new ValueFormats(locale, ZoneOffset.UTC, ValueFormats.NumberStyle.of(numberFormat));
    }

    @Test
    void groupingAndDecimalSeparatorsFollowTheLocale() {
        Map<String, Object> two = Map.of("decimals", 2);
        assertEquals("1,234.50", formats(Locale.ENGLISH, two).number(1234.5));
        assertEquals("1.234,50", formats(Locale.GERMAN, two).number(new BigDecimal("1234.5")));
        assertEquals("1\u202f234,50", formats(Locale.FRENCH, two).number(1234.5));
        assertEquals("1,234.5", formats(Locale.ENGLISH, Map.of()).number(1234.5));
        assertEquals("12,345,678,901,234,567", formats(Locale.ENGLISH, Map.of())
                .number(new BigDecimal("12345678901234567")));
    }

    @Test
    void currencySymbolsSitWhereTheLocaleDataPutsThem() {
        assertEquals("$1,234.50", formats(Locale.US, Map.of("style", "currency", "currency", "USD")).number(1234.5));
        assertEquals("€1,234.50", formats(Locale.US, Map.of("style", "currency", "currency", "EUR")).number(1234.5));
        assertEquals("1.234,50\u00a0€", formats(Locale.GERMANY, Map.of("style", "currency", "currency", "EUR"))
                .number(1234.5));
        // whatever the JDK's CLDR data says for USD in German, the engine agrees with it
        NumberFormat de = NumberFormat.getCurrencyInstance(Locale.GERMANY);
        de.setCurrency(Currency.getInstance("USD"));
        assertEquals(de.format(1234.5), formats(Locale.GERMANY, Map.of("style", "currency", "currency", "USD"))
                .number(1234.5));
        assertEquals("¥1,235", formats(Locale.US, Map.of("style", "currency", "currency", "JPY")).number(1234.5));
    }

    @Test
    void percentScientificCompactPrefixSuffix() {
        assertEquals("25%", formats(Locale.ENGLISH, Map.of("style", "percent")).number(0.25));
        assertEquals("12.5%", formats(Locale.ENGLISH, Map.of("style", "percent")).number(0.125));
        assertEquals("25\u00a0%", formats(Locale.GERMAN, Map.of("style", "percent")).number(0.25));
        assertEquals("1.23E4", formats(Locale.ENGLISH, Map.of("style", "scientific")).number(12345));
        assertEquals("1,23E4", formats(Locale.GERMAN, Map.of("style", "scientific")).number(12345));
        assertEquals("1.2M", formats(Locale.ENGLISH, Map.of("compact", true)).number(1_234_567));
        assertEquals("$1.2M", formats(Locale.US, Map.of("style", "currency", "compact", true)).number(1_234_567));
        assertTrue(formats(Locale.GERMANY, Map.of("style", "currency", "currency", "EUR", "compact", true))
                .number(1_234_567).endsWith("€"));
        assertEquals("~42 kg", formats(Locale.ENGLISH, Map.of("prefix", "~", "suffix", " kg")).number(42L));
    }

    @Test
    void nonNumbersNeverThrow() {
        ValueFormats f = formats(Locale.ENGLISH, Map.of());
        assertEquals("NaN", f.number(Double.NaN));
        assertEquals("", f.number(null));
        assertEquals("abc", f.number("abc"));
        assertEquals("[1, 2]", f.cell(List.of(1, 2), null));
        assertEquals("(3 bytes)", f.cell(new byte[3], null));
    }

    @Test
    void instantsAreShownInTheReportingZone() {
        OffsetDateTime lateMarch = OffsetDateTime.of(2024, 3, 31, 23, 30, 0, 0, ZoneOffset.UTC);
        ValueFormats berlin = new ValueFormats(Locale.ENGLISH, BERLIN, null);
        ValueFormats utc = new ValueFormats(Locale.ENGLISH, ZoneOffset.UTC, null);
        assertEquals("Apr 1, 2024", berlin.time(lateMarch, DateGrain.DAY));
        assertEquals("Mar 31, 2024", utc.time(lateMarch, DateGrain.DAY));
        assertEquals("Apr 2024", berlin.time(lateMarch, DateGrain.MONTH));
        assertEquals("Q2 2024", berlin.time(lateMarch, DateGrain.QUARTER));
        assertEquals("Q1 2024", utc.time(lateMarch, DateGrain.QUARTER));
    }

    @Test
    void wallClockValuesAreNeverShifted() {
        LocalDateTime wall = LocalDateTime.of(2024, 3, 31, 23, 30);
        assertEquals("Mar 31, 2024", new ValueFormats(Locale.ENGLISH, BERLIN, null).time(wall, DateGrain.DAY));
        assertEquals("Mar 31, 2024", new ValueFormats(Locale.ENGLISH, ZoneId.of("Asia/Tokyo"), null)
                .time(LocalDate.of(2024, 3, 31), DateGrain.DAY));
    }

    @Test
    void daylightSavingChangesTheOffsetNotTheLabel() {
        ValueFormats berlin = new ValueFormats(Locale.GERMAN, BERLIN, null);
        // 00:30 UTC is 01:30 CET before the switch on 31 March 2024 and 02:30 CEST the day after
        assertEquals("31.03.2024, 01:30", berlin.time(OffsetDateTime.parse("2024-03-31T00:30Z"), DateGrain.MINUTE));
        assertEquals("31.03.2024, 03:30", berlin.time(OffsetDateTime.parse("2024-03-31T01:30Z"), DateGrain.MINUTE));
        ValueFormats ny = new ValueFormats(Locale.US, NEW_YORK, null);
        assertTrue(ny.time(OffsetDateTime.parse("2024-11-03T05:30Z"), DateGrain.HOUR).endsWith("1:00\u202fAM")
                || ny.time(OffsetDateTime.parse("2024-11-03T05:30Z"), DateGrain.HOUR).endsWith("1:00 AM"));
        assertTrue(ny.time(OffsetDateTime.parse("2024-11-03T06:30Z"), DateGrain.HOUR).contains("1:00"));
    }

    @Test
    void monthLabelsPerLocaleAndIsoWeeks() {
        LocalDate jan = LocalDate.of(2024, 1, 1);
        assertEquals("Jan 2024", new ValueFormats(Locale.ENGLISH, ZoneOffset.UTC, null).time(jan, DateGrain.MONTH));
        assertEquals("Jan. 2024", new ValueFormats(Locale.GERMAN, ZoneOffset.UTC, null).time(jan, DateGrain.MONTH));
        assertEquals("janv. 2024", new ValueFormats(Locale.FRENCH, ZoneOffset.UTC, null).time(jan, DateGrain.MONTH));
        // 29 December 2024 is a Sunday of ISO week 52; 30 December starts week 1 of 2025
        ValueFormats f = new ValueFormats(Locale.ENGLISH, ZoneOffset.UTC, null);
        assertEquals("2024-W52", f.time(LocalDate.of(2024, 12, 29), DateGrain.WEEK));
        assertEquals("2025-W01", f.time(LocalDate.of(2024, 12, 30), DateGrain.WEEK));
        assertEquals("2024", f.time(jan, DateGrain.YEAR));
    }

    @Test
    void theGrainOfAColumnIsGuessedFromItsValuesInTheZone() {
        ValueFormats berlin = new ValueFormats(Locale.ENGLISH, BERLIN, null);
        ValueFormats utc = new ValueFormats(Locale.ENGLISH, ZoneOffset.UTC, null);
        List<Object> months = List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1));
        assertEquals(DateGrain.MONTH, utc.grainOf(months));
        List<Object> days = List.of(OffsetDateTime.parse("2024-01-01T23:00Z"), OffsetDateTime.parse("2024-01-02T23:00Z"));
        assertEquals(DateGrain.DAY, berlin.grainOf(days));
        assertEquals(DateGrain.MINUTE, utc.grainOf(days));
    }
}
