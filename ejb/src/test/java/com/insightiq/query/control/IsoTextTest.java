package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsoTextTest {
    private final SplittableRandom random = new SplittableRandom(4);

    @Test
    void printsWhatTheIsoFormattersPrint() {
        for (int i = 0; i < 100_000; i++) {
            LocalDateTime when = LocalDateTime.of(random.nextInt(-20, 12000), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60), nano());
            assertEquals(DateTimeFormatter.ISO_LOCAL_DATE.format(when), IsoText.date(when.toLocalDate()));
            assertEquals(DateTimeFormatter.ISO_LOCAL_TIME.format(when), IsoText.time(when.toLocalTime()));
            assertEquals(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(when), IsoText.dateTime(when));
            OffsetDateTime utc = when.atOffset(ZoneOffset.UTC);
            assertEquals(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(utc), IsoText.offsetDateTime(utc));
            OffsetDateTime east = when.atOffset(ZoneOffset.ofHoursMinutes(5, 30));
            assertEquals(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(east), IsoText.offsetDateTime(east));
        }
    }

    @Test
    void edges() {
        assertEquals("0000-01-01", IsoText.date(LocalDate.of(0, 1, 1)));
        assertEquals("+10000-01-01", IsoText.date(LocalDate.of(10000, 1, 1)));
        assertEquals("00:00:00", IsoText.time(LocalTime.MIDNIGHT));
        assertEquals("23:59:59.999999999", IsoText.time(LocalTime.MAX));
        assertEquals("12:00:00.0005", IsoText.time(LocalTime.of(12, 0, 0, 500_000)));
    }

    /** Whole seconds, milli-, micro- and nanoseconds, as databases give them. */
    private int nano() {
        return switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1000;
            default -> random.nextInt(1_000_000_000);
        };
    }
}
