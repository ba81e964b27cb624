package com.insightiq.system.nlq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The language model in the real EAR: the deploy does not wait for it (health is UP while it loads), and it loads in
 * the background from the trimmed model jar in the EAR's lib, reporting its load time and heap.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguageModelIT {
    @Test
    void loadsInTheBackgroundAndReportsItsFigures() throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(4));
        JsonObject nlq = nlqCheck();
        if ("NOT_STARTED".equals(nlq.getJsonObject("data").getString("status"))) {
            // the system-test domain runs with INSIGHTIQ_NLQ_PRELOAD=false: the first question starts the load
            Api admin = Api.platformAdmin();
            NlqApi acme = new NlqApi("acme");
            long sample = acme.sourceId(admin, "Sample Database");
            acme.awaitCatalog(admin, sample);
            Thread asking = new Thread(() -> {
                try {
                    acme.translate(admin, sample, "How many orders are there?");
                } catch (RuntimeException e) {
                    // the health check below is what is asserted
                }
            });
            asking.setDaemon(true);
            asking.start();
            Thread.sleep(500);
            nlq = nlqCheck();
            assertEquals("UP", nlq.getString("status"), "health stays UP while the model loads: " + nlq);
        }
        while (!"READY".equals(nlq.getJsonObject("data").getString("status")) && Instant.now().isBefore(giveUp)) {
            assertEquals("UP", nlq.getString("status"), nlq.toString());
            Thread.sleep(1_000);
            nlq = nlqCheck();
        }
        JsonObject data = nlq.getJsonObject("data");
        assertEquals("READY", data.getString("status"), nlq.toString());
        assertEquals("UP", nlq.getString("status"));
        assertTrue(number(data, "loadMs") > 0, nlq.toString());
        assertTrue(number(data, "heapMB") > 50, nlq.toString());
    }

    /** Payara's health JSON writes numeric data as strings. */
    private static long number(JsonObject data, String key) {
        JsonValue value = data.get(key);
        return value instanceof JsonNumber n ? n.longValue() : Long.parseLong(((JsonString) value).getString());
    }

    private static JsonObject nlqCheck() throws Exception {
        HttpResponse<String> health = Api.HTTP.send(
                HttpRequest.newBuilder(URI.create(System.getProperty("it.health.url"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), health.body());
        return Json.createReader(new StringReader(health.body())).readObject().getJsonArray("checks")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("name").equals("nlq")).findFirst()
                .orElseThrow(() -> new AssertionError("no nlq check in " + health.body()));
    }
}
