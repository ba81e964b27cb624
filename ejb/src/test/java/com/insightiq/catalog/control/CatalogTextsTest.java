package com.insightiq.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.insightiq.platform.control.InvalidInputException;
import org.junit.jupiter.api.Test;

class CatalogTextsTest {

    @Test
    void namesAreTrimmedBoundedAndSingleLine() {
        assertEquals("Revenue", CatalogTexts.name("term", "  Revenue "));
        assertNull(CatalogTexts.optionalName("display name", "  "));
        assertThrows(InvalidInputException.class, () -> CatalogTexts.name("term", "x".repeat(201)));
        assertThrows(InvalidInputException.class, () -> CatalogTexts.name("term", "a\nb"));
        assertThrows(InvalidInputException.class, () -> CatalogTexts.name("term", "a\u0000b"));
        assertThrows(InvalidInputException.class, () -> CatalogTexts.name("term", "a\u2028b"));
        assertThrows(InvalidInputException.class, () -> CatalogTexts.name("term", null));
    }

    @Test
    void longTextKeepsLineBreaks() {
        assertEquals("a\nb\tc", CatalogTexts.optionalText("description", "a\nb\tc", 4000));
        assertThrows(InvalidInputException.class, () -> CatalogTexts.optionalText("description", "a\u0007", 4000));
        assertThrows(InvalidInputException.class, () -> CatalogTexts.optionalText("description", "x".repeat(4001), 4000));
    }
}
