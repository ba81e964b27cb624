package com.insightiq.system.dashboard;

import com.insightiq.system.Browser;
import java.util.Arrays;
import org.openqa.selenium.JavascriptExecutor;

/** What the dashboard browser tests read from the page's script: the state each card is drawn in. */
final class DashboardPage {
    private DashboardPage() {
    }

    static void awaitCards(Browser browser, long... ids) {
        browser.waitUntil(d -> {
            for (long id : ids) {
                if (!"ok".equals(state(browser, id))) {
                    return false;
                }
            }
            return true;
        }, "cards " + Arrays.toString(ids) + " are drawn");
    }

    /** "loading", "ok" or "error" as the page's script says; null before the dashboard is on the page. */
    static String state(Browser browser, long card) {
        return (String) ((JavascriptExecutor) browser.driver).executeScript("return window.InsightIQ"
                + " && InsightIQ.dashboard && InsightIQ.dashboard.current()"
                + " ? InsightIQ.dashboard.cardState(arguments[0]) : null;", card);
    }
}
