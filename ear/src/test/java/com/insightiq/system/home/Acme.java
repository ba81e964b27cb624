package com.insightiq.system.home;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.insightiq.system.Api;
import com.insightiq.system.Browser;
import com.insightiq.system.Tenancy;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The demo tenant "acme" as a new installation gives it: the sample database and, once its first sync finished, the
 * "Examples" collection with the pinned "Orders overview" dashboard. Shared by every test: tests add members with
 * unique e-mails and never change the examples.
 */
final class Acme {
    static final String SLUG = "acme";
    static final String DASHBOARD = "Orders overview";

    private Acme() {
    }

    static String api(String path) {
        return "/t/" + SLUG + "/api/v1" + path;
    }

    /** Waits (up to 90 s: the first sync runs at start) until the example dashboard is pinned; returns its id. */
    static long exampleDashboard(Api who) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            Optional<Long> id = pinned(who).stream().filter(i -> i.getString("kind").equals("dashboard")
                            && i.getString("name").equals(DASHBOARD))
                    .map(i -> i.getJsonNumber("id").longValue()).findFirst();
            if (id.isPresent()) {
                return id.get();
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("The demo tenant has no pinned example dashboard: " + pinned(who));
            }
            Thread.sleep(1_000);
        }
    }

    static List<JsonObject> pinned(Api who) {
        Api.Reply reply = who.get(api("/pinned"));
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().getValuesAs(JsonObject.class);
    }

    /** A new member of acme with this role; returns the e-mail (password {@link Tenancy#PASSWORD}). */
    static String newMember(String role) {
        String email = role + "-" + UUID.randomUUID().toString().substring(0, 8) + "@acme-home.test";
        Tenancy.addMember(Api.platformAdmin(), SLUG, email, role);
        return email;
    }

    /** Waits until every card of the dashboard page reports "ok" (the page's test hook); returns their count. */
    static long awaitCards(Browser browser, int atLeast) {
        String script = "var d = window.InsightIQ && InsightIQ.dashboard; if (!d || !d.cardState) return -1;"
                + " var ids = Array.from(document.querySelectorAll('[data-card-id]')).map(e => e.getAttribute("
                + "'data-card-id')); if (ids.length < arguments[0]) return -1;"
                + " return ids.every(id => d.cardState(id) === 'ok') ? ids.length : -1;";
        long[] count = {-1};
        browser.waitUntil(d -> {
            Object n = ((JavascriptExecutor) d).executeScript(script, atLeast);
            count[0] = n instanceof Number number ? number.longValue() : -1;
            return count[0] >= atLeast;
        }, "every card of the dashboard loads");
        return count[0];
    }
}
