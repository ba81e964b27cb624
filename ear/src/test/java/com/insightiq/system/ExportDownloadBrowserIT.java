package com.insightiq.system;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.query.ExportDownloads;
import com.insightiq.system.query.ExportFixtures;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A finished background export on the Jobs page: its owner downloads the file with the run's Download link (the same
 * bytes as the API's file); a colleague sees the run but no link. In this package because {@link Browser} is.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportDownloadBrowserIT {


    @Test
    void theOwnerDownloadsTheFileFromTheJobsPage() throws Exception {
        ExportFixtures.Team team = ExportFixtures.team("jobsdl");
        long source = ExportFixtures.sampleSource(team);
        ExportDownloads.Download queued = ExportDownloads.export(team.analyst(), team.slug(),
                "format=csv&background=true", ExportFixtures.query(source, "SELECT id, name FROM people ORDER BY id"));
        assertEquals(202, queued.status(), queued::toString);
        long id = queued.json().getJsonNumber("exportId").longValue();
        JsonObject export = awaitCompleted(team, id);
        byte[] expected = ExportDownloads.get(team.analyst(), team.api("/exports/" + id + "/file")).body();

        Path downloads = Files.createTempDirectory("insightiq-downloads");
        try (Browser browser = new Browser()) {
            ((ChromeDriver) browser.driver).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            browser.signIn(team.analystEmail(), Tenancy.PASSWORD);
            browser.waitForUrl("/t/" + team.slug() + "/home.xhtml");
            browser.open("/t/" + team.slug() + "/settings/jobs.xhtml");
            browser.waitUntil(d -> d.getPageSource().contains("Query export"), "the export run is listed");
            browser.waitFor("a[id$=':download']").click();
            Path file = downloads.resolve(export.getString("fileName"));
            browser.waitUntil(d -> Files.isRegularFile(file) && !partial(downloads), "the download finishes: " + file);
            assertArrayEquals(expected, Files.readAllBytes(file), "the file the API gives, byte for byte");
            browser.screenshot("jobs-export-download");
        }

        String colleague = "colleague@" + team.slug().replace('_', '-') + ".test";
        Tenancy.addMember(team.admin(), team.slug(), colleague, "analyst");
        try (Browser browser = new Browser()) {
            browser.signIn(colleague, Tenancy.PASSWORD);
            browser.waitForUrl("/t/" + team.slug() + "/home.xhtml");
            browser.open("/t/" + team.slug() + "/settings/jobs.xhtml");
            browser.waitUntil(d -> d.getPageSource().contains("Query export"), "the colleague sees the run");
            List<?> links = browser.driver.findElements(By.cssSelector("a[id$=':download']"));
            assertTrue(links.isEmpty(), "only the owner may download an export");
        }
    }

    private static boolean partial(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
        } catch (java.io.IOException e) {
            return true;
        }
    }

    private static JsonObject awaitCompleted(ExportFixtures.Team team, long id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            JsonObject export = team.analyst().get(team.api("/exports/" + id)).json();
            if (export.getString("status").equals("completed")) {
                return export;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("Export " + id + " did not complete");
    }
}
