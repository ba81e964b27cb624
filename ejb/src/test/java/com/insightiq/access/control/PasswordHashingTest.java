package com.insightiq.access.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void argon2idHashesVerifyOnlyTheirPassword() {
        PasswordHashing hashing = new PasswordHashing();
        hashing.init();
        String hash = hashing.hash("correct horse battery staple");
        assertTrue(hash.startsWith("$shiro2$argon2id$v=19$t=2,m=19456,p=1$"), hash);
        assertTrue(hashing.matches("correct horse battery staple", hash));
        assertFalse(hashing.matches("correct horse battery stapler", hash));
        assertFalse(hashing.matches(null, hash));
        assertNotEquals(hash, hashing.hash("correct horse battery staple"), "every hash has its own salt");
    }
}
