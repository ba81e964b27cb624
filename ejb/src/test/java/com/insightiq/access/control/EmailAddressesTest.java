package com.insightiq.access.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ann@acme.test", "first.last+tag@sub.example.co.uk", "x@y.de"})
    void acceptsAddresses(String address) {
        assertTrue(EmailAddresses.isValid(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ann", "ann@", "@acme.test", "ann@acme", "a b@acme.test", "a@b@acme.test", "ann@acme.t"})
    void refusesAnythingElse(String address) {
        assertFalse(EmailAddresses.isValid(address));
    }

    @org.junit.jupiter.api.Test
    void refusesNullAndOverlongAddresses() {
        assertFalse(EmailAddresses.isValid(null));
        assertFalse(EmailAddresses.isValid("a".repeat(64) + "@" + "b".repeat(186) + ".test"));
    }
}
