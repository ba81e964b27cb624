package com.insightiq.connection.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that seals data-source secrets: {@code INSIGHTIQ_SECRET_KEY} (base64 of 32 bytes) when set, otherwise a key
 * generated once into the data directory ({@code secret.key}, owner-only). Losing it means re-entering every password.
 */
@ApplicationScoped
public class SecretKeys {
    private static final Logger LOG = Logger.getLogger(SecretKeys.class.getName());
    static final String KEY_FILE = "secret.key";

    @Inject
    @ConfigProperty(name = "insightiq.secret-key")
    Optional<String> configuredKey;

    /** During a rotation: the key before, so secrets it sealed still open until they are re-sealed. */
    @Inject
    @ConfigProperty(name = "insightiq.secret-key-previous")
    Optional<String> previousKey;

    @Inject
    @ConfigProperty(name = "insightiq.data.dir")
    Optional<String> dataDir;

    private SecretBox box;

    @PostConstruct
    void load() {
        List<SecretKey> previous = previousKey.filter(k -> !k.isBlank())
                .map(k -> List.<SecretKey>of(new SecretKeySpec(decode(k.trim(), "INSIGHTIQ_SECRET_KEY_PREVIOUS"), "AES")))
                .orElse(List.of());
        box = new SecretBox(new SecretKeySpec(keyBytes(), "AES"), previous);
    }

    public SecretBox box() {
        return box;
    }

    private byte[] keyBytes() {
        // MicroProfile Config maps the environment variable INSIGHTIQ_SECRET_KEY to this property.
        Optional<String> given = configuredKey.filter(k -> !k.isBlank());
        if (given.isPresent()) {
            return decode(given.get().trim(), "INSIGHTIQ_SECRET_KEY");
        }
        Path file = Path.of(dataDir.filter(d -> !d.isBlank()).orElse(System.getProperty("user.home") + "/.insightiq"))
                .resolve(KEY_FILE);
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file).trim(), file.toString());
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // Not a POSIX file system: the operator protects the data directory instead.
            }
            LOG.warning("INSIGHTIQ_SECRET_KEY is not set: generated a data-source key in " + file
                    + ". Back it up with the database; without it stored passwords cannot be read.");
            return key;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the secret key file " + file, e);
        }
    }

    static byte[] decode(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The secret key in " + where + " is not base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException("The secret key in " + where + " must be 32 bytes (base64 of 32 random bytes,"
                    + " e.g. `openssl rand -base64 32`), found " + key.length);
        }
        return key;
    }
}
