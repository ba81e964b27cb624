package com.insightiq.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A restart of the server keeps tenants, members, tokens and job results. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestartIT {


    @Test
    void dataSurvivesARestart() throws Exception {
        Api platform = Api.platformAdmin();
        String slug = Tenancy.uniqueSlug("keep");
        Api admin = Api.signIn(Tenancy.createTenant(platform, slug), Tenancy.PASSWORD);
        long member = Tenancy.addMember(admin, slug, "stays@" + slug.replace('_', '-') + ".test", "viewer");
        long job = Jobs.request(admin, slug);
        String summary = Jobs.awaitFinished(admin, slug, job).getString("summary");

        restartServer();

        assertEquals("viewer", admin.get("/t/" + slug + "/api/v1/members/" + member).json().getString("role"),
                "the bearer token and the membership survived");
        assertEquals(summary, admin.get("/t/" + slug + "/api/v1/jobs/" + job).json().getString("summary"));
        long after = Jobs.request(admin, slug);
        assertEquals("completed", Jobs.awaitFinished(admin, slug, after).getString("status"),
                "broker and batch work after the restart");
        assertTrue(Api.signIn("stays@" + slug.replace('_', '-') + ".test", Tenancy.PASSWORD).token().length() > 20);
    }

    private static void restartServer() throws Exception {
        Path passwordFile = Files.createTempFile("asadmin", ".pw");
        Files.writeString(passwordFile, "AS_ADMIN_PASSWORD=" + System.getProperty("it.console.password") + "\n");
        // Stop, then start, as an operator or a reboot does. (restart-domain hung here once a test had killed and
        // started the server from another process, so the test does not depend on Payara's self-relaunch.)
        for (String command : new String[] {"stop-domain", "start-domain"}) {
            Process process = new ProcessBuilder(System.getProperty("it.asadmin"), "--user", "admin",
                    "--passwordfile", passwordFile.toString(), "--port", System.getProperty("it.admin.port"),
                    command, "--domaindir", System.getProperty("it.home") + "/domains", "insightiq")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            assertEquals(0, process.waitFor(), command + ": " + output);
        }
        Files.delete(passwordFile);
        HttpClient http = Api.HTTP;
        long deadline = System.currentTimeMillis() + 240_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create(System.getProperty("it.health.url"))).build(), HttpResponse.BodyHandlers.ofString());
                // Health turns green while the web module is still being mapped: wait until the API answers too.
                if (health.statusCode() == 200 && health.body().contains("\"broker\"")
                        && Api.anonymous().get("/api/v1/me").contentType().startsWith("application/json")) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // server still starting
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("InsightIQ was not healthy again within 240 s of the restart");
    }
}
