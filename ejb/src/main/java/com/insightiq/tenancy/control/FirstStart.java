package com.insightiq.tenancy.control;

import com.insightiq.access.control.UserDirectory;
import com.insightiq.access.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's first administrator. A generated password is written once to a file only the server user can read;
 * the run command prints it and deletes the file, so it is shown once and not kept in logs.
 */
@ApplicationScoped
public class FirstStart {
    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());
    public static final String PASSWORD_FILE = "initial-admin-password.txt";

    @Inject
    UserDirectory users;

    @Inject
    @ConfigProperty(name = "insightiq.data.dir")
    Optional<String> dataDir;

    @Transactional
    public boolean hasPlatformAdmin() {
        return users.anyPlatformAdmin();
    }

    @Transactional
    public User createPlatformAdmin(String email, String passwordHash) {
        String name = "Administrator";
        User user = users.findOrCreate(email, name, passwordHash);
        users.makePlatformAdmin(user);
        return user;
    }

    public void handOverGeneratedPassword(String email, String password) {
        Path dir = Path.of(dataDir.orElse(System.getProperty("com.sun.aas.instanceRoot", ".")));
        Path file = dir.resolve(PASSWORD_FILE);
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, email + "\n" + password + "\n", StandardOpenOption.WRITE);
            LOG.info("The generated administrator password was written to " + file
                    + " (the run command prints it once and deletes the file).");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        } catch (UnsupportedOperationException e) {
            LOG.warning("Generated administrator password for " + email + ": " + password);
        }
    }
}
