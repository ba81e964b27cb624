package com.insightiq.query.control;

import com.insightiq.tenancy.entity.Slug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where background exports keep their files: {@code ${insightiq.data.dir}/exports/<tenant>/<export id>.<format>},
 * written as {@code .part} and renamed when complete, so a half-written file is never offered. Files live for
 * {@code insightiq.export.keep-hours} (24) after they are written.
 */
@ApplicationScoped
public class ExportFiles {
    private static final Logger LOG = Logger.getLogger(ExportFiles.class.getName());
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    static final String PARTIAL = ".part";

    @Inject
    @ConfigProperty(name = "insightiq.data.dir")
    Optional<String> dataDir;

    @Inject
    @ConfigProperty(name = "insightiq.export.keep-hours", defaultValue = "24")
    long keepHours;

    public ExportFiles() {
    }

    /** For tests: a fixed data directory and lifetime. */
    public ExportFiles(Path dataDir, long keepHours) {
        this.dataDir = Optional.of(dataDir.toString());
        this.keepHours = keepHours;
    }

    public Duration keep() {
        return Duration.ofHours(Math.max(1, keepHours));
    }

    public Path root() {
        return Path.of(dataDir.orElse(System.getProperty("com.sun.aas.instanceRoot", "."))).resolve("exports");
    }

    /** The finished file of an export; the slug is a validated name, the id a number: no path escapes the root. */
    public Path file(Slug tenant, long exportId, ExportFormat format) {
        return root().resolve(tenant.value()).resolve(exportId + "." + format.extension());
    }

    public Path partial(Slug tenant, long exportId, ExportFormat format) {
        Path file = file(tenant, exportId, format);
        return file.resolveSibling(file.getFileName() + PARTIAL);
    }

    /** The name a download gets: {@code query-20240102-030405.csv}, from the time it was requested (UTC). */
    public static String downloadName(Instant requestedAt, ExportFormat format) {
        return "query-" + NAME_TIME.format(requestedAt.atOffset(ZoneOffset.UTC)) + "." + format.extension();
    }

    public void createDirectory(Slug tenant) {
        try {
            Files.createDirectories(root().resolve(tenant.value()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the export directory of " + tenant, e);
        }
    }

    /** Creates an empty file only the server's user can read (where the file system has owners), and returns it. */
    public Path createPrivate(Path file) throws IOException {
        Files.deleteIfExists(file);
        try {
            return Files.createFile(file,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createFile(file);
        }
    }

    /**
     * Deletes files (finished or left partial by a crash) older than the lifetime; the database rows stay and say
     * "expired". Returns how many files went.
     */
    public int removeExpired(Instant now) {
        Path root = root();
        if (!Files.isDirectory(root)) {
            return 0;
        }
        FileTime cutoff = FileTime.from(now.minus(keep()));
        int removed = 0;
        try (DirectoryStream<Path> tenants = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path tenant : tenants) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(tenant, Files::isRegularFile)) {
                    for (Path file : files) {
                        if (Files.getLastModifiedTime(file).compareTo(cutoff) < 0 && Files.deleteIfExists(file)) {
                            removed++;
                        }
                    }
                }
            }
        } catch (IOException e) {
            LOG.warning("Could not clean up expired export files under " + root + ": " + e);
        }
        return removed;
    }
}
