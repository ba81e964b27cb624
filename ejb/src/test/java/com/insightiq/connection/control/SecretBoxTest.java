package com.insightiq.connection.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SecretBoxTest {
    private static SecretBox box() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new SecretBox(new SecretKeySpec(key, "AES"));
    }

    @Test
    void sealedSecretOpensWithSameKeyAndContext() {
        SecretBox box = box();
        byte[] sealed = box.seal("pässword with spaces", "tenant_acme/data_source/password");
        assertEquals("pässword with spaces", box.open(sealed, "tenant_acme/data_source/password"));
    }

    @Test
    void ciphertextHoldsNoPlaintextAndDiffersEachTime() {
        SecretBox box = box();
        byte[] first = box.seal("hunter2-hunter2", "c");
        byte[] second = box.seal("hunter2-hunter2", "c");
        assertFalse(Arrays.equals(first, second), "random nonce");
        assertFalse(new String(first, StandardCharsets.ISO_8859_1).contains("hunter2"));
    }

    @Test
    void anotherTenantsContextDoesNotOpen() {
        SecretBox box = box();
        byte[] sealed = box.seal("secret", "tenant_acme/data_source/password");
        assertThrows(SecretBox.SecretUnreadableException.class,
                () -> box.open(sealed, "tenant_globex/data_source/password"));
    }

    @Test
    void anotherKeyOrATamperedByteDoesNotOpen() {
        byte[] sealed = box().seal("secret", "c");
        assertThrows(SecretBox.SecretUnreadableException.class, () -> box().open(sealed, "c"));
        SecretBox box = box();
        byte[] mine = box.seal("secret", "c");
        mine[mine.length - 1] ^= 1;
        assertThrows(SecretBox.SecretUnreadableException.class, () -> box.open(mine, "c"));
        assertThrows(SecretBox.SecretUnreadableException.class, () -> box.open(new byte[3], "c"));
    }

    @Test
    void rotationOpensWithThePreviousKeyAndSealsWithTheNew() {
        byte[] oldKey = new byte[32];
        byte[] newKey = new byte[32];
        new SecureRandom().nextBytes(oldKey);
        new SecureRandom().nextBytes(newKey);
        SecretBox before = new SecretBox(new SecretKeySpec(oldKey, "AES"));
        byte[] sealedBefore = before.seal("s3cret", "c");
        SecretBox during = new SecretBox(new SecretKeySpec(newKey, "AES"),
                java.util.List.of(new SecretKeySpec(oldKey, "AES")));
        assertEquals("s3cret", during.open(sealedBefore, "c"));
        assertFalse(during.isCurrent(sealedBefore, "c"));
        byte[] resealed = during.seal(during.open(sealedBefore, "c"), "c");
        assertTrue(during.isCurrent(resealed, "c"));
        assertEquals("s3cret", new SecretBox(new SecretKeySpec(newKey, "AES")).open(resealed, "c"));
    }

    @Test
    void keysMustBe32BytesOfBase64() {
        assertEquals(32, SecretKeys.decode("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "test").length);
        assertThrows(IllegalStateException.class, () -> SecretKeys.decode("c2hvcnQ=", "test"));
        assertThrows(IllegalStateException.class, () -> SecretKeys.decode("not base64 !", "test"));
        assertArrayEquals(new byte[32], SecretKeys.decode("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "test"));
    }
}
