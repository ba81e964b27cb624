package com.insightiq.system.nlq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import com.insightiq.system.Browser;
import com.insightiq.system.Database;
import com.insightiq.system.Tenancy;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Natural-language questions in the browser, as an analyst of the demo tenant on its Sample Database: a question typed
 * into the top bar's box opens its answer page, whose chips and number or chart equal the answer's own SQL run over
 * JDBC (and a plain count written here); changing the time grain chip to quarters recomputes the chart; "This is wrong" stores a
 * report the admins' review page lists; a question about nothing in the data shows what was and was not understood; a
 * viewer has no ask box. Everything the pages load is served by InsightIQ itself.
 * Screenshots: {@code nlq-answer.png}, {@code nlq-grain.png}, {@code nlq-cannot.png}, {@code nlq-review.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NlqBrowserIT {
    private static final String SLUG = "acme";
    private static final String SOURCE = "Sample Database";


    @Test
    void anAnalystAsksCorrectsAndReportsAndTheAdminReviews() throws Exception {
        sampleSynced();
        String analyst = newMember("analyst");
        String admin = newMember("admin");
        long reviews = count("SELECT count(*) FROM reviews");
        String comment = "expected orders per week " + UUID.randomUUID();
        try (Browser browser = new Browser()) {
            browser.signIn(analyst, Tenancy.PASSWORD);
            browser.waitForUrl("/t/acme/home.xhtml");
            browser.waitFor("#askHomeQ");

            ask(browser, "How many reviews are there?");
            assertEquals("answered", awaitAnswer(browser), stateText(browser));
            assertFalse(chips(browser).isEmpty(), "the interpretation is shown as chips");
            assertTrue(chips(browser).stream().anyMatch(c -> c.startsWith("measure")), "a measure chip: " + chips(browser));
            WebElement figure = browser.waitFor("#answerVizScalar .iq-viz-scalar-value");
            assertEquals(reviews, Math.round(Double.parseDouble(figure.getAttribute("data-raw"))),
                    "the number equals count(*) over JDBC");
            assertEquals(reviews, ((Number) rows(sql(browser)).get(0).get(0)).longValue(),
                    "and the answer's SQL run over JDBC");
            assertTrue(browser.driver.getCurrentUrl().contains("q=How+many+reviews")
                    || browser.driver.getCurrentUrl().contains("q=How%20many%20reviews"), browser.driver.getCurrentUrl());
            browser.screenshot("nlq-answer");

            ask(browser, "Total of orders by month in 2024");
            assertEquals("answered", awaitAnswer(browser), stateText(browser));
            WebElement field = browser.waitFor("#answerChips li[data-kind='field'] a.iq-chip-editable");
            assertTrue(field.getText().toLowerCase().contains("month"), "grouped by month: " + field.getText());
            Map<Object, Double> monthly = chart(browser);
            assertEquals(series(rows(sql(browser))), monthly, "the chart is the answer's SQL run over JDBC");
            assertEquals(12, monthly.size(), "twelve months of 2024: " + monthly);

            String before = sql(browser);
            // each step waits for the page's Ajax to settle: an update redrawing the editor can swallow the next click
            field.click();
            browser.awaitQuiet();
            browser.waitFor("[id='answerForm:chipGrain']").click();
            browser.waitFor("[id='answerForm:chipGrain_panel'] li[data-label='Quarter']").click();
            browser.awaitQuiet();
            browser.waitFor("[id='answerForm:chipApply']").click();
            browser.waitUntil(d -> !before.equals(sql(browser)) && "answered".equals(state(browser)),
                    "the grain change recompiles and runs again");
            browser.waitFor("#answerCorrected");
            assertTrue(browser.waitFor("#answerChips li[data-kind='field']").getText().toLowerCase()
                    .contains("quarter"), "the chip says quarter");
            Map<Object, Double> quarterly = chart(browser);
            assertEquals(series(rows(sql(browser))), quarterly, "the quarterly chart is its SQL run over JDBC");
            assertEquals(4, quarterly.size(), "four quarters: " + quarterly);
            assertEquals(sum(monthly), sum(quarterly), 0.005, "the same orders, grouped coarser");
            browser.screenshot("nlq-grain");

            browser.waitFor("#reportWrong").click();
            browser.waitFor("[id='reportForm:comment']").sendKeys(comment);
            browser.waitFor("[id='reportForm:send']").click();
            browser.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("Thank you"),
                    "the report is acknowledged");

            ask(browser, "What is the airspeed velocity of an unladen swallow?");
            assertEquals("cannot_answer", awaitAnswer(browser), stateText(browser));
            assertFalse(browser.driver.findElements(By.cssSelector("#answerNotUnderstood li")).isEmpty(),
                    "says what it did not understand");
            browser.waitFor("#answerHint");
            browser.waitFor("#reportWrong");
            assertTrue(browser.driver.findElements(By.id("answerVizScalar")).isEmpty()
                    && browser.driver.findElements(By.id("answerViz")).isEmpty(), "no guessed result");
            browser.screenshot("nlq-cannot");
            everythingLocal(browser);
        }

        try (Browser browser = new Browser()) {
            browser.signIn(admin, Tenancy.PASSWORD);
            browser.waitForUrl("/t/acme/home.xhtml");
            browser.open("/t/acme/settings/index.xhtml");
            browser.waitFor("#settingsNlqFeedback").click();
            browser.waitForUrl("/nlq/feedback.xhtml");
            WebElement row = browser.waitFor("[id='feedbackForm:feedbackTable'] tbody tr");
            List<WebElement> mine = browser.driver.findElements(By.xpath(
                    "//tr[.//span[contains(@class,'iq-feedback-comment') and text()='" + comment + "']]"));
            assertEquals(1, mine.size(), "the review lists the analyst's report: " + row.getText());
            String text = mine.get(0).getText();
            assertTrue(text.contains("Total of orders by month in 2024"), text);
            assertTrue(text.contains("Member analyst"), "who sent it: " + text);
            browser.screenshot("nlq-review");
            mine.get(0).findElement(By.cssSelector("button[id$=':dismiss']")).click();
            browser.waitUntil(d -> d.findElements(By.xpath("//span[text()='" + comment + "']")).isEmpty(),
                    "a dismissed report leaves the open list");
            everythingLocal(browser);
        }
    }

    @Test
    void anAdminTurnsAReportIntoASynonymPickedFromTheCatalog() throws Exception {
        sampleSynced();
        String analyst = newMember("analyst");
        String admin = newMember("admin");
        String phrase = "purchase" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
        String comment = "I meant orders " + UUID.randomUUID();
        Api adminApi = Api.signIn(admin, Tenancy.PASSWORD);
        long sample = adminApi.get("/t/acme/api/v1/datasources").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals(SOURCE)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Api.Reply reported = Api.signIn(analyst, Tenancy.PASSWORD).post("/t/acme/api/v1/nlq/feedback",
                jakarta.json.Json.createObjectBuilder().add("dataSourceId", sample)
                        .add("question", "How many " + phrase + "s are there?").add("status", "cannot_answer")
                        .add("comment", comment).build().toString());
        assertEquals(201, reported.status(), reported::toString);
        try (Browser browser = new Browser()) {
            browser.signIn(admin, Tenancy.PASSWORD);
            browser.waitForUrl("/t/acme/home.xhtml");
            browser.open("/t/acme/admin/nlq-feedback");
            browser.waitForUrl("/nlq/feedback.xhtml");
            WebElement row = browser.waitFor("tr:has(span.iq-feedback-comment)");
            List<WebElement> mine = browser.driver.findElements(By.xpath(
                    "//tr[.//span[contains(@class,'iq-feedback-comment') and text()='" + comment + "']]"));
            assertEquals(1, mine.size(), "the report is listed: " + row.getText());
            mine.get(0).findElement(By.cssSelector("button[id$=':synonym']")).click();
            browser.waitUntil(d -> d.findElement(By.id("nlqSynonymDialog")).isDisplayed(), "the dialog opens");
            browser.waitFor("[id='synonymForm:phrase']").sendKeys(phrase);
            browser.waitFor("[id='synonymForm:target'] .ui-button:nth-child(1)").click();
            browser.waitUntil(d -> d.findElements(By.id("synonymForm:column")).isEmpty(),
                    "a table synonym needs no column");
            browser.choose("[id='synonymForm:table']", "[id='synonymForm:table_panel'] li[data-label^='Orders']",
                    d -> d.findElement(By.id("synonymForm:table_label")).getText().startsWith("Orders"),
                    "Orders is chosen");
            browser.waitFor("[id='synonymForm:addSynonym']").click();
            try {
                browser.waitUntil(d -> d.findElements(By.xpath("//span[text()='" + comment + "']")).isEmpty(),
                        "the report is resolved by the synonym");
            } catch (org.openqa.selenium.TimeoutException e) {
                browser.screenshot("nlq-synonym-failed");
                throw new AssertionError(e.getMessage() + "; the page says: "
                        + browser.driver.findElement(By.id("messages")).getText() + "; phrase box: '"
                        + browser.driver.findElement(By.id("synonymForm:phrase")).getAttribute("value") + "'", e);
            }
            Api.Reply synonyms = adminApi.get("/t/acme/api/v1/nlq/synonyms?dataSourceId=" + sample);
            assertEquals(200, synonyms.status(), synonyms::toString);
            JsonObject added = synonyms.array().getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getString("phrase").equals(phrase)).findFirst()
                    .orElseThrow(() -> new AssertionError("the synonym is stored: " + synonyms));
            assertEquals("table", added.getString("target"));
            everythingLocal(browser);
        }
    }

    @Test
    void aViewerHasNoAskBox() throws Exception {
        String viewer = newMember("viewer");
        try (Browser browser = new Browser()) {
            browser.signIn(viewer, Tenancy.PASSWORD);
            browser.waitForUrl("/t/acme/home.xhtml");
            browser.waitFor("#pageTitle");
            assertTrue(browser.driver.findElements(By.id("askTop")).isEmpty(), "no ask box in the top bar");
            assertTrue(browser.driver.findElements(By.id("askHome")).isEmpty(), "no ask box on Home");
            browser.open("/t/acme/ask?q=How+many+orders+are+there%3F");
            assertEquals("refused", awaitAnswer(browser), "the boundary refuses a viewer: " + stateText(browser));
        }
    }

    /** Types the question into the top bar's box (choosing the Sample Database when there are several) and Enter. */
    private static void ask(Browser browser, String question) {
        List<WebElement> picker = browser.driver.findElements(By.id("askTopDs"));
        if (!picker.isEmpty()) {
            new Select(picker.get(0)).selectByVisibleText(SOURCE);
        }
        WebElement box = browser.waitFor("#askTopQ");
        box.clear();
        box.sendKeys(question, Keys.ENTER);
        browser.waitForUrl("/nlq/ask.xhtml");
    }

    /** Waits (the pipeline may still be warming up after the deployment) until the page shows an answer's state. */
    private static String awaitAnswer(Browser browser) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(180)).withMessage("the answer page settles")
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !List.of("", "loading", "warming").contains(state(browser)));
        return state(browser);
    }

    private static String state(Browser browser) {
        List<WebElement> answer = browser.driver.findElements(By.id("answerForm:answer"));
        return answer.isEmpty() ? "" : answer.get(0).getAttribute("data-state");
    }

    private static String stateText(Browser browser) {
        List<WebElement> answer = browser.driver.findElements(By.id("answerForm:answer"));
        return answer.isEmpty() ? browser.driver.getPageSource() : answer.get(0).getText();
    }

    /** "kind text" of each chip. */
    private static List<String> chips(Browser browser) {
        return browser.driver.findElements(By.cssSelector("#answerChips li")).stream()
                .map(li -> li.getAttribute("data-kind") + " " + li.getText()).toList();
    }

    private static String sql(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver).executeScript(
                "var e = document.getElementById('answerSql'); return e ? e.textContent : '';");
    }

    /** The drawn chart: label → value of the first series. */
    @SuppressWarnings("unchecked")
    private static Map<Object, Double> chart(Browser browser) {
        browser.waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!document.getElementById('answerViz') && InsightIQ.charts.drawnAt('answerViz') !== null;")),
                "the chart is drawn");
        Map<String, Object> data = (Map<String, Object>) ((JavascriptExecutor) browser.driver).executeScript(
                "return InsightIQ.charts.data('answerViz');");
        List<Object> labels = (List<Object>) data.get("labels");
        List<Object> values = (List<Object>) ((List<Map<String, Object>>) data.get("datasets")).get(0).get("data");
        Map<Object, Double> drawn = new java.util.LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            drawn.put(i, ((Number) values.get(i)).doubleValue());
        }
        return drawn;
    }

    /** The values of the last column of each row, by position (labels are formatted on the page, values are not). */
    private static Map<Object, Double> series(List<List<Object>> rows) {
        Map<Object, Double> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Object> row = rows.get(i);
            values.put(i, ((Number) row.get(row.size() - 1)).doubleValue());
        }
        return values;
    }

    private static double sum(Map<Object, Double> values) {
        return values.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static List<List<Object>> rows(String sql) throws Exception {
        assertNotEquals("", sql.strip(), "the answer shows its SQL");
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = sample(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static long count(String sql) throws Exception {
        return ((Number) rows(sql).get(0).get(0)).longValue();
    }

    private static Connection sample() throws Exception {
        String url = System.getProperty("it.db.url").replaceAll("/[^/?]+(\\?.*)?$", "/insightiq_sample");
        return DriverManager.getConnection(url, "insightiq", Database.password());
    }

    private static void everythingLocal(Browser browser) {
        for (String url : browser.loadedResources()) {
            assertTrue(url.startsWith(Api.BASE) || url.startsWith("data:") || url.startsWith("blob:"),
                    "everything is served by InsightIQ itself, nothing from the internet: " + url);
        }
    }

    private static String newMember(String role) {
        String email = role + "-" + UUID.randomUUID().toString().substring(0, 8) + "@acme-nlq.test";
        Tenancy.addMember(Api.platformAdmin(), SLUG, email, role);
        return email;
    }

    /** The first sync of the sample runs at start; until it finished the engine knows no tables. */
    private static void sampleSynced() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (true) {
            Api.Reply pinned = Api.platformAdmin().get("/t/" + SLUG + "/api/v1/pinned");
            if (pinned.status() == 200 && pinned.array().getValuesAs(JsonObject.class).stream()
                    .anyMatch(i -> i.getString("name").equals("Orders overview"))) {
                return;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("The sample's first sync did not finish: " + pinned);
            }
            Thread.sleep(1_000);
        }
    }
}
