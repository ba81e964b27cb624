package com.insightiq.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretTokensTest {

    @Test
    void tokensAreLongUrlSafeAndUnique() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = SecretTokens.newToken();
            assertEquals(43, token.length());
            assertTrue(token.matches("[A-Za-z0-9_-]+"));
            assertTrue(seen.add(token));
        }
    }

    @Test
    void onlyTheHashIsStored() {
        String token = SecretTokens.newToken();
        assertEquals(64, SecretTokens.sha256(token).length());
        assertEquals(SecretTokens.sha256(token), SecretTokens.sha256(token));
        assertNotEquals(SecretTokens.sha256(token), SecretTokens.sha256(token + "x"));
    }

    @Test
    void generatedPasswordsPassThePolicy() {
        String password = SecretTokens.newPassword();
        assertTrue(PasswordPolicy.problemWith(password, "admin@insightiq.local").isEmpty(), password);
    }
}
