package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.tenancy.entity.Slug;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFilesTest {
    @TempDir
    Path data;

    @Test
    void filesLiveUnderTheTenantsFolderByExportId() {
        ExportFiles files = new ExportFiles(data, 24);
        Path file = files.file(new Slug("acme"), 42, ExportFormat.XLSX);
        assertEquals(data.resolve("exports/acme/42.xlsx"), file);
        assertEquals(data.resolve("exports/acme/42.xlsx.part"), files.partial(new Slug("acme"), 42, ExportFormat.XLSX));
        assertEquals("query-20240102-030405.csv",
                ExportFiles.downloadName(Instant.parse("2024-01-02T03:04:05.678Z"), ExportFormat.CSV));
    }

    @Test
    void exportFilesAreTheServersAlone() throws Exception {
        ExportFiles files = new ExportFiles(data, 24);
        files.createDirectory(new Slug("acme"));
        Path file = files.createPrivate(files.partial(new Slug("acme"), 7, ExportFormat.CSV));
        assertTrue(Files.exists(file));
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void removesOnlyFilesOlderThanTheirLifetimeIncludingCrashLeftovers() throws Exception {
        ExportFiles files = new ExportFiles(data, 24);
        Slug acme = new Slug("acme");
        files.createDirectory(acme);
        Instant now = Instant.now();
        Path old = Files.writeString(files.file(acme, 1, ExportFormat.CSV), "a");
        Path leftover = Files.writeString(files.partial(acme, 2, ExportFormat.JSON), "{");
        Path fresh = Files.writeString(files.file(acme, 3, ExportFormat.CSV), "b");
        Files.setLastModifiedTime(old, FileTime.from(now.minus(Duration.ofHours(25))));
        Files.setLastModifiedTime(leftover, FileTime.from(now.minus(Duration.ofHours(30))));
        assertEquals(2, files.removeExpired(now));
        assertFalse(Files.exists(old));
        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(fresh));
        assertEquals(0, new ExportFiles(data.resolve("nothing-here"), 24).removeExpired(now));
    }
}
