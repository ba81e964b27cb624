package com.insightiq.viz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.insightiq.platform.control.InvalidInputException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReportZonesTest {
    @Test
    void ianaIdsAndOffsetsAreAccepted() {
        assertEquals(ZoneId.of("Europe/Berlin"), ReportZones.check("Europe/Berlin"));
        assertEquals(ZoneId.of("UTC"), ReportZones.check(" UTC "));
        assertEquals(ZoneOffset.ofHours(2), ReportZones.check("+02:00"));
    }

    @Test
    void anythingElseIsRefusedWithASentence() {
        for (String bad : new String[] {null, "", "Mars/Olympus", "Europe/Berlin; DROP TABLE x", "x".repeat(65)}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReportZones.check(bad));
            assertEquals("The time zone must be an IANA zone id such as Europe/Berlin or UTC.", e.getMessage());
        }
    }

    @Test
    void aStoredIdThatIsNoLongerAZoneFallsBack() {
        assertEquals(ZoneOffset.UTC, ReportZones.parse("Nowhere/Land", ZoneOffset.UTC));
        assertEquals(ZoneId.of("Asia/Tokyo"), ReportZones.parse("Asia/Tokyo", ZoneOffset.UTC));
        assertEquals(ZoneId.of("Europe/Paris"), ReportZones.parse(null, ZoneId.of("Europe/Paris")));
    }

    @Test
    void theConfiguredDefaultIsUsedWhenValid() {
        ReportZones zones = new ReportZones();
        zones.defaultZone = "America/New_York";
        assertEquals(ZoneId.of("America/New_York"), zones.fallback());
        zones.defaultZone = "garbage";
        assertEquals(ZoneOffset.UTC, zones.fallback());
    }
}
