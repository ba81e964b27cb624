package com.insightiq.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void longPassphrasesPass() {
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("correct horse battery staple", "ann@acme.test"));
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("Zx9!kq2#Lm", null));
    }

    @Test
    void shortLongCommonAndPersonalPasswordsFailWithAReason() {
        assertEquals("A password is required.", PasswordPolicy.problemWith(null, "a@b.test").orElseThrow());
        assertTrue(PasswordPolicy.problemWith("short1", "a@b.test").orElseThrow().contains("at least 10"));
        assertTrue(PasswordPolicy.problemWith("x".repeat(129) + "yz", "a@b.test").orElseThrow().contains("at most 128"));
        assertTrue(PasswordPolicy.problemWith("Password123", "a@b.test").orElseThrow().contains("too easy"));
        assertTrue(PasswordPolicy.problemWith("aaaaaaaaaaaa", "a@b.test").orElseThrow().contains("too easy"));
        assertTrue(PasswordPolicy.problemWith("johnsmith-2026!", "johnsmith@acme.test").orElseThrow()
                .contains("e-mail"));
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("ümläüte-ß€!", "a@b.test"));
    }
}
