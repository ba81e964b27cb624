package com.insightiq.system.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import com.insightiq.system.Browser;
import com.insightiq.system.Database;
import com.insightiq.system.Tenancy;
import jakarta.json.Json;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Saved questions keep their visualization: a bar chart built in the SQL editor over the sample database is saved,
 * the question page draws it (read back through {@code InsightIQ.charts.data} and compared with SQL over JDBC), a
 * curator changes it to a line chart and saves it (a new revision) and drills into the SQL editor, a viewer sees the
 * chart without settings or drill-through; and a time dimension is labelled in the tenant's reporting zone. Screenshots: {@code QuestionVizBrowserIT-<name>.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionVizBrowserIT {
    private static final String SQL = "SELECT category, count(*) AS products FROM products GROUP BY 1 ORDER BY 1";
    private static final String VIZ = "questionViz";


    @Test
    void aBarChartSavedFromTheEditorIsDrawnChangedAndShownToViewers() throws Exception {
        try (Browser browser = new Browser()) {
            try {
                saveChangeAndView(browser);
            } catch (Throwable failed) {
                browser.screenshot("QuestionVizBrowserIT-failure");
                throw failed;
            }
        }
    }

    private static void saveChangeAndView(Browser browser) throws Exception {
        browser.signIn(System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
        browser.waitUntil(d -> !d.getCurrentUrl().contains("sign-in"), "signed in");
        browser.open("/t/acme/query");
        browser.waitFor("body.iq-editor-ready");
        js(browser, "PF('sqlEditor').setValueNow(arguments[0]);", SQL);
        click(browser, "[id='editorForm:runButton']");
        browser.waitFor("#rowCount");
        click(browser, "[id='editorForm:resultView'] .ui-button:nth-child(2)");
        browser.waitFor("#editorViz");
        click(browser, ".iq-viz-type[data-type='bar']");
        awaitChart(browser, "editorViz", "bar");

        click(browser, "[id='editorForm:saveButton']");
        browser.waitUntil(d -> d.findElement(By.id("questionSaveDialog")).isDisplayed(), "the save dialog opens");
        browser.waitFor("[id='questionSaveForm:name']").sendKeys("Products per category");
        click(browser, "[id='questionSaveForm:saveQuestion']");
        browser.waitForUrl("/question.xhtml?id=");
        String page = browser.driver.getCurrentUrl();

        awaitChart(browser, VIZ, "bar");
        Map<String, Long> expected = sample(SQL);
        assertEquals(List.copyOf(expected.keySet()), labels(browser), "one bar per category, as the database says");
        assertEquals(expected.values().stream().map(Long::doubleValue).toList(), values(browser),
                "each bar is the category's count");
        assertEquals(1, browser.driver.findElements(By.cssSelector(".iq-page-title")).size(), "one title");
        assertFalse(browser.driver.findElements(By.cssSelector(".iq-viz-settings")).isEmpty(), "curators adjust");
        browser.screenshot("QuestionVizBrowserIT-saved-bar");

        click(browser, ".iq-viz-settings .iq-viz-type[data-type='line']");
        awaitChart(browser, VIZ, "line");
        click(browser, "[id='questionForm:saveViz']");
        browser.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("visualization was saved"),
                "the visualization is saved");

        browser.driver.navigate().to(page);
        awaitChart(browser, VIZ, "line");
        assertEquals(List.copyOf(expected.keySet()), labels(browser), "the line has the same points");
        click(browser, "[id='questionActions:history']");
        browser.waitUntil(d -> d.findElement(By.id("revisions")).isDisplayed(), "the history opens");
        List<WebElement> revisions = browser.driver.findElements(By.cssSelector("#revisions .iq-revision"));
        assertEquals(2, revisions.size(), browser.driver.findElement(By.id("revisions")).getText());
        assertTrue(revisions.get(0).getText().contains("Changed the visualization"), revisions.get(0).getText());
        browser.screenshot("QuestionVizBrowserIT-saved-line");

        browser.driver.navigate().to(page);
        awaitChart(browser, VIZ, "line");
        js(browser, "InsightIQ.charts.click(arguments[0], 0, 1);", VIZ);
        WebElement rows = browser.waitFor(".iq-drill-menu .iq-drill-item");
        assertEquals("View these rows", rows.getText());
        js(browser, "arguments[0].click();", rows);
        browser.waitForUrl("/query/editor.xhtml?draft=");
        browser.waitFor("body.iq-editor-ready");
        String drilled = (String) js(browser, "return PF('sqlEditor').getValueNow();");
        assertTrue(drilled.contains(SQL) && drilled.contains("drill_"), "the editor opens the drilled query: " + drilled);
        browser.screenshot("QuestionVizBrowserIT-drilled");

        String viewer = "viewer-" + Tenancy.uniqueSlug("qv").replace('_', '-') + "@acme.test";
        Tenancy.addMember(Api.platformAdmin(), "acme", viewer, "viewer");
        browser.driver.manage().deleteAllCookies();
        browser.signIn(viewer, Tenancy.PASSWORD);
        browser.waitUntil(d -> !d.getCurrentUrl().contains("sign-in"), "the viewer is signed in");
        browser.driver.navigate().to(page);
        awaitChart(browser, VIZ, "line");
        assertEquals(List.copyOf(expected.keySet()), labels(browser), "viewers see the same chart");
        assertTrue(browser.driver.findElements(By.cssSelector(".iq-viz-settings")).isEmpty(), "no settings panel");
        assertTrue(browser.driver.findElements(By.cssSelector("[id='questionForm:saveViz']")).isEmpty(), "no Save");
        assertEquals("false", browser.driver.findElement(By.id(VIZ)).getAttribute("data-drill"),
                "viewers write no SQL: no drill-through into the editor");
        browser.screenshot("QuestionVizBrowserIT-viewer");
    }

    @Test
    void timesAreLabelledInTheTenantsReportingZone() throws Exception {
        try (QuestionTenant t = QuestionTenant.create("qzone"); Browser browser = new Browser()) {
            t.fixture.execute("CREATE TABLE events (at TIMESTAMPTZ NOT NULL, n INT NOT NULL)");
            t.fixture.execute("INSERT INTO events VALUES ('2024-03-10 23:30:00+00', 1), ('2024-03-12 12:00:00+00', 2)");
            t.fixture.execute("ALTER TABLE events OWNER TO " + t.fixture.user());
            long id = t.create(t.body("Events per day", "SELECT at, n FROM events ORDER BY at")
                    .add("visualization", Json.createObjectBuilder().add("type", "bar")
                            .add("settings", Json.createObjectBuilder().add("dimension", "at")
                                    .add("metrics", Json.createArrayBuilder().add("n")).add("dateGrain", "day"))))
                    .getJsonNumber("id").longValue();
            String zone = "/t/" + t.slug + "/api/v1/settings/time-zone";

            browser.signIn("admin@" + t.slug.replace('_', '-') + ".test", Tenancy.PASSWORD);
            browser.waitForUrl("/t/" + t.slug + "/home.xhtml");
            browser.open("/t/" + t.slug + "/settings/datasources.xhtml");
            click(browser, "[id='timeZoneForm:timeZone']");
            browser.waitFor("[id='timeZoneForm:timeZone_filter']").sendKeys("Berlin");
            browser.waitUntil(d -> d.findElements(By.cssSelector("[id='timeZoneForm:timeZone_panel'] li")).stream()
                    .anyMatch(li -> li.isDisplayed() && li.getText().trim().equals("Europe/Berlin")), "Berlin offered");
            browser.driver.findElements(By.cssSelector("[id='timeZoneForm:timeZone_panel'] li")).stream()
                    .filter(li -> li.isDisplayed() && li.getText().trim().equals("Europe/Berlin")).findFirst()
                    .orElseThrow().click();
            click(browser, "[id='timeZoneForm:saveTimeZone']");
            browser.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("Europe/Berlin"),
                    "the settings page stores the zone");
            browser.screenshot("QuestionVizBrowserIT-time-zone-setting");
            assertEquals("Europe/Berlin", t.admin.get(zone).json().getString("timeZone"));

            browser.open("/t/" + t.slug + "/question/" + id);
            awaitChart(browser, VIZ, "bar");
            List<String> berlin = labels(browser);
            assertEquals(2, berlin.size(), berlin::toString);
            assertTrue(berlin.get(0).contains("11") && !berlin.get(0).contains("10"),
                    "23:30 UTC on 10 March is 11 March in Berlin: " + berlin);
            browser.screenshot("QuestionVizBrowserIT-berlin");

            assertEquals(200, t.admin.put(zone, "{\"timeZone\": \"UTC\"}").status());
            browser.open("/t/" + t.slug + "/question/" + id);
            awaitChart(browser, VIZ, "bar");
            List<String> utc = labels(browser);
            assertTrue(utc.get(0).contains("10") && !utc.get(0).contains("11"), "in UTC it is 10 March: " + utc);
        }
    }

    /** Waits until the visualization {@code id} shows {@code type} and Chart.js has drawn it. */
    private static void awaitChart(Browser browser, String id, String type) {
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#" + id + "[data-type='" + type + "'] canvas")).isEmpty()
                && Boolean.TRUE.equals(js(browser, "return InsightIQ.charts.drawnAt(arguments[0]) !== null;", id)),
                "a " + type + " chart is drawn in " + id);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> chart(Browser browser) {
        return (Map<String, Object>) js(browser, "return InsightIQ.charts.data(arguments[0]);", VIZ);
    }

    @SuppressWarnings("unchecked")
    private static List<String> labels(Browser browser) {
        return ((List<Object>) chart(browser).get("labels")).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Double> values(Browser browser) {
        List<Map<String, Object>> datasets = (List<Map<String, Object>>) chart(browser).get("datasets");
        assertEquals(1, datasets.size(), datasets::toString);
        return ((List<Object>) datasets.get(0).get("data")).stream().map(v -> ((Number) v).doubleValue()).toList();
    }

    /** Clicks as a person would, after scrolling the element to the middle (the sticky top bar covers the top). */
    private static void click(Browser browser, String css) {
        WebElement element = browser.waitFor(css);
        js(browser, "arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static Object js(Browser browser, String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, arguments);
    }

    /** A label → count query read straight from the sample database. */
    private static Map<String, Long> sample(String sql) throws Exception {
        String url = System.getProperty("it.db.url").replaceAll("/[^/?]+(\\?.*)?$", "/insightiq_sample");
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, "insightiq", Database.password());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getLong(2));
            }
        }
        return rows;
    }
}
