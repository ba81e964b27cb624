package com.insightiq.connection.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM sealing of data-source secrets. Stored form: version byte, 12-byte random nonce, ciphertext with tag. The
 * associated data binds a ciphertext to its tenant and purpose, so a row copied into another tenant does not decrypt.
 */
public final class SecretBox {
    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;
    private final List<SecretKey> previousKeys;

    public SecretBox(SecretKey key) {
        this(key, List.of());
    }

    /** Seals with {@code key}; opens with it or, during a rotation, with one of the previous keys. */
    public SecretBox(SecretKey key, List<SecretKey> previousKeys) {
        this.key = key;
        this.previousKeys = List.copyOf(previousKeys);
    }

    public byte[] seal(String plaintext, String context) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** @throws SecretUnreadableException when no known key sealed it, or the bytes were changed */
    public String open(byte[] stored, String context) {
        try {
            return open(stored, context, key);
        } catch (SecretUnreadableException e) {
            for (SecretKey previous : previousKeys) {
                try {
                    return open(stored, context, previous);
                } catch (SecretUnreadableException ignored) {
                    // try the next older key
                }
            }
            throw e;
        }
    }

    /** True when the secret opens with the current key, i.e. needs no re-sealing after a rotation. */
    public boolean isCurrent(byte[] stored, String context) {
        try {
            open(stored, context, key);
            return true;
        } catch (SecretUnreadableException e) {
            return false;
        }
    }

    private static String open(byte[] stored, String context, SecretKey key) {
        if (stored == null || stored.length < 1 + NONCE_BYTES + TAG_BITS / 8 || stored[0] != FORMAT) {
            throw new SecretUnreadableException();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new SecretUnreadableException();
        }
    }

    /** A stored secret that this key cannot open: the key changed without re-encryption, or the row was tampered with. */
    public static final class SecretUnreadableException extends RuntimeException {
        SecretUnreadableException() {
            super("A stored data-source secret cannot be decrypted with the current INSIGHTIQ_SECRET_KEY; "
                    + "restore the previous key or enter the password again.");
        }
    }
}
