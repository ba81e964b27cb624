package com.insightiq.collection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.insightiq.platform.control.InvalidInputException;
import org.junit.jupiter.api.Test;

class CollectionStoreTest {
    @Test
    void namesAreTrimmedAndBounded() {
        assertEquals("Sales", CollectionStore.name("  Sales \n"));
        assertEquals("<script>", CollectionStore.name("<script>"));
        assertEquals("x".repeat(255), CollectionStore.name("x".repeat(255)));
        assertThrows(InvalidInputException.class, () -> CollectionStore.name("x".repeat(256)));
        assertThrows(InvalidInputException.class, () -> CollectionStore.name("   "));
        assertThrows(InvalidInputException.class, () -> CollectionStore.name(null));
        assertThrows(InvalidInputException.class, () -> CollectionStore.name("a\tb"));
        assertThrows(InvalidInputException.class, () -> CollectionStore.name("a\u0007b"));
    }

    @Test
    void descriptionsKeepLineBreaksButNoOtherControls() {
        assertEquals("one\ntwo", CollectionStore.description(" one\ntwo "));
        assertNull(CollectionStore.description("  "));
        assertThrows(InvalidInputException.class, () -> CollectionStore.description("a\u0000"));
        assertThrows(InvalidInputException.class, () -> CollectionStore.description("d".repeat(4001)));
    }
}
