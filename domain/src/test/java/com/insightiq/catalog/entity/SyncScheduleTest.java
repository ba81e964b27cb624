package com.insightiq.catalog.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SyncScheduleTest {

    @Test
    void parsesDailyAndOff() {
        assertEquals("daily 02:00", SyncSchedule.parse("daily 02:00").text());
        assertEquals("daily 23:59", SyncSchedule.parse(" daily 23:59 ").text());
        assertTrue(SyncSchedule.parse("off").isOff());
        assertNull(SyncSchedule.problemWith("daily 00:00"));
    }

    @Test
    void refusesEverythingElse() {
        for (String bad : new String[] {null, "", " ", "daily 24:00", "daily 2:00", "daily 02:60", "hourly",
                "DAILY 02:00", "daily 02:00; DROP", "daily\t02:00", "x".repeat(100)}) {
            assertNotNull(SyncSchedule.problemWith(bad), String.valueOf(bad));
            assertThrows(IllegalArgumentException.class, () -> SyncSchedule.parse(bad));
        }
    }

    @Test
    void nextDueTimeIsTodayIfStillAheadElseTomorrowInUtc() {
        SyncSchedule twoAm = SyncSchedule.parse("daily 02:00");
        assertEquals(Instant.parse("2026-03-10T02:00:00Z"), twoAm.nextAfter(Instant.parse("2026-03-10T01:59:00Z")).get());
        assertEquals(Instant.parse("2026-03-11T02:00:00Z"), twoAm.nextAfter(Instant.parse("2026-03-10T02:00:00Z")).get());
        assertEquals(Instant.parse("2026-03-11T02:00:00Z"), twoAm.nextAfter(Instant.parse("2026-03-10T18:00:00Z")).get());
        assertEquals(Instant.parse("2027-01-01T02:00:00Z"), twoAm.nextAfter(Instant.parse("2026-12-31T23:00:00Z")).get());
        assertTrue(SyncSchedule.OFF.nextAfter(Instant.now()).isEmpty());
    }
}
