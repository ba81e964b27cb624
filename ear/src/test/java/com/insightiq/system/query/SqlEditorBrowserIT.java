package com.insightiq.system.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import com.insightiq.system.Browser;
import com.insightiq.system.Database;
import com.insightiq.system.SourceFixtures;
import com.insightiq.system.Tenancy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * An analyst writes SQL in the editor of a real browser: autocomplete from the catalog, Run with Ctrl+Enter, rows and
 * their count, a {{variable}} widget that is used, Cancel of a long query that really stops it in the database, an
 * error with its line, a CSV export, the schema pane and history; and nothing is loaded from outside InsightIQ.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SqlEditorBrowserIT {


    @Test
    void writeRunParameteriseCancelFailAndExportInTheEditor() throws Exception {
        String slug = Tenancy.uniqueSlug("sqled");
        String adminEmail = Tenancy.createTenant(Api.platformAdmin(), slug);
        Api admin = Api.signIn(adminEmail, Tenancy.PASSWORD);
        Path downloads = Files.createTempDirectory("insightiq-downloads");
        try (SourceFixtures.Fixture db = SourceFixtures.postgres("sqled");
             Browser browser = new Browser()) {
            db.execute("CREATE TABLE customer_orders (id SERIAL PRIMARY KEY, customer_email TEXT NOT NULL,"
                    + " total NUMERIC(10, 2), ordered_at DATE NOT NULL DEFAULT DATE '2024-05-01');"
                    + " INSERT INTO customer_orders (customer_email, total) VALUES ('ann@example.com', 12.50),"
                    + " ('bob@example.com', 99.00), ('cy@example.com', NULL);"
                    + " GRANT SELECT ON customer_orders TO " + db.user());
            Api.Reply created = admin.post("/t/" + slug + "/api/v1/datasources", db.body("Shop").build().toString());
            assertEquals(201, created.status(), created.toString());
            long source = created.json().getJsonNumber("id").longValue();
            awaitTable(admin, slug, source, "customer_orders");

            browser.signIn(adminEmail, Tenancy.PASSWORD);
            browser.waitForUrl("/t/" + slug + "/home.xhtml");
            browser.open("/t/" + slug + "/query");
            browser.waitForUrl("/t/" + slug + "/query/editor.xhtml");
            browser.waitFor("body.iq-editor-ready");
            String pane = browser.waitFor("#schemaPane").getText();
            assertTrue(pane.contains("customer_orders"), "the schema pane lists the table: " + pane);

            // autocomplete: a prefix, Ctrl+Space, accept the table the catalog knows
            WebElement input = browser.waitFor(".monaco-editor textarea");
            browser.driver.findElement(By.cssSelector(".monaco-editor .view-lines")).click();
            input.sendKeys("SELECT customer_email, total FROM cust");
            input.sendKeys(Keys.chord(Keys.CONTROL, Keys.SPACE));
            browser.waitUntil(d -> d.findElements(By.cssSelector(".suggest-widget.visible")).stream()
                    .anyMatch(w -> w.getText().contains("customer_orders")), "the table is suggested");
            browser.screenshot("editor-autocomplete");
            input.sendKeys(Keys.ENTER);
            input.sendKeys(" ORDER BY total");
            browser.waitUntil(d -> sql(browser).equals("SELECT customer_email, total FROM customer_orders ORDER BY total"),
                    "the suggestion is accepted: " + sql(browser));

            // run with Ctrl+Enter: rows, their count and the duration
            input.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            browser.waitUntil(d -> text(browser, "#rowCount").contains("3 rows"), "three rows are counted");
            String results = browser.waitFor("[id='editorForm:results']").getText();
            assertTrue(results.contains("bob@example.com") && results.contains("99.00"), results);
            assertTrue(results.contains("NULL"), "a null shows as NULL: " + results);
            assertTrue(text(browser, "#duration").contains("ms"));
            browser.screenshot("editor-results");

            // a {{variable}} gets a widget; as a number it filters the rows
            setSql(browser, "SELECT customer_email FROM customer_orders WHERE total > {{min}} ORDER BY 1");
            browser.waitFor("[data-variable='min']");
            browser.waitFor("[id='editorForm:runButton']").click();
            browser.waitUntil(d -> text(browser, "#runError").contains("needs a value"),
                    "a variable without value is named, not a server error");
            // The widgets are redrawn after the run's answer: Browser.choose waits for it and chooses again if lost.
            browser.choose("[data-variable='min'] .ui-selectonemenu", ".ui-selectonemenu-panel li[data-label='Number']",
                    d -> numberInputShown(browser), "the number type");
            browser.waitUntil(d -> numberInputShown(browser), "the number input is shown");
            WebElement min = browser.waitFor("[data-variable='min'] input.iq-variable-value");
            min.sendKeys("50");
            browser.waitFor("[id='editorForm:runButton']").click();
            browser.waitUntil(d -> text(browser, "#rowCount").contains("1 row"), "the variable filters to one row");
            assertTrue(browser.waitFor("[id='editorForm:results']").getText().contains("bob@example.com"));
            browser.screenshot("editor-variable");

            // Cancel a long query: Run becomes Cancel, then back, and the database no longer runs it
            setSql(browser, "SELECT pg_sleep(30)");
            browser.waitUntil(d -> d.findElements(By.cssSelector("[data-variable]")).isEmpty(), "no variables left");
            browser.waitFor("[id='editorForm:runButton']").click();
            browser.waitFor("[id='editorForm:cancelButton']");
            assertTrue(browser.driver.findElements(By.id("editorForm:runButton")).isEmpty(), "Run became Cancel");
            browser.waitFor("#runProgress");
            waitFor(() -> sleeping(db) == 1, "the query runs in the database");
            browser.screenshot("editor-running");
            browser.waitFor("[id='editorForm:cancelButton']").click();
            browser.waitFor("[id='editorForm:runButton']");
            browser.waitUntil(d -> text(browser, "#runError").contains("Cancelled"), "the run says it was cancelled");
            waitFor(() -> sleeping(db) == 0, "the statement was cancelled in the database");

            // an error names its line and position, and the editor marks the line
            setSql(browser, "SELECT customer_email\nFROM customer_orders\nWHERE no_such_column = 1");
            browser.waitFor("[id='editorForm:runButton']").click();
            browser.waitUntil(d -> text(browser, "#runError").contains("Line 3"), "the error names line 3");
            browser.waitFor(".iq-error-line");
            browser.screenshot("editor-error");

            // export: the last completed run as CSV
            setSql(browser, "SELECT customer_email, total FROM customer_orders ORDER BY id");
            browser.waitFor("[id='editorForm:runButton']").click();
            browser.waitUntil(d -> text(browser, "#rowCount").contains("3 rows"), "three rows again");
            ((ChromeDriver) browser.driver).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            browser.waitFor("[id='editorForm:exportMenu'] button").click();
            browser.waitFor("[id='editorForm:exportCsv']").click();
            waitFor(() -> csvIn(downloads) != null, "a CSV file is downloaded");
            String csv = Files.readString(csvIn(downloads));
            assertTrue(csv.contains("customer_email") && csv.contains("bob@example.com"), csv);

            // history: the runs are listed, and a click loads one back
            browser.waitFor("[id='editorForm:side'] .ui-tabs-nav li:nth-child(2) a").click();
            browser.waitUntil(d -> d.findElement(By.id("editorForm:side:history")).getText().contains("pg_sleep"),
                    "the history lists the cancelled run");
            setSql(browser, "SELECT 1");
            browser.driver.findElements(By.cssSelector(".iq-history-entry")).stream()
                    .filter(e -> e.getText().contains("pg_sleep")).findFirst().orElseThrow().click();
            browser.waitUntil(d -> sql(browser).contains("pg_sleep(30)"), "the history entry is loaded");

            // Save says honestly what it does for now; Visualize draws the last run's result
            browser.waitFor("[id='editorForm:saveButton']").click();
            browser.waitUntil(d -> d.findElement(By.id("questionSaveDialog")).isDisplayed(), "Save asks for a name");
            browser.waitFor("[id='questionSaveForm:cancelSave']").click();
            browser.waitFor("[id='editorForm:visualize']").click();
            browser.waitFor("#visualizePanel #editorViz");
            // the last completed run (customer_email, total by id): a text and a number column → bars per email
            browser.waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return InsightIQ.charts.drawnAt('editorViz') !== null;")), "the chart is drawn");
            assertEquals("bar", browser.driver.findElement(By.id("editorViz")).getAttribute("data-type"));
            @SuppressWarnings("unchecked")
            Map<String, Object> chart = (Map<String, Object>) ((JavascriptExecutor) browser.driver).executeScript(
                    "return InsightIQ.charts.data('editorViz');");
            @SuppressWarnings("unchecked")
            List<Object> labels = (List<Object>) chart.get("labels");
            @SuppressWarnings("unchecked")
            List<Object> values = (List<Object>) ((List<Map<String, Object>>) chart.get("datasets")).get(0).get("data");
            assertEquals(12.5, ((Number) values.get(labels.indexOf("ann@example.com"))).doubleValue(), 1e-9,
                    "ann's order total is drawn: " + chart);
            assertEquals(99.0, ((Number) values.get(labels.indexOf("bob@example.com"))).doubleValue(), 1e-9,
                    "bob's order total is drawn: " + chart);
            browser.screenshot("editor-visualize");

            for (String url : browser.loadedResources()) {
                assertTrue(url.startsWith(Api.BASE) || url.startsWith("data:") || url.startsWith("blob:"),
                        "everything is served by InsightIQ itself, nothing from the internet: " + url);
            }
            assertFalse(browser.driver.getPageSource().contains(db.password()));
        }
    }

    private static String sql(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver).executeScript(
                "return PF('sqlEditor').getValueNow();");
    }

    private static void setSql(Browser browser, String sql) {
        ((JavascriptExecutor) browser.driver).executeScript("PF('sqlEditor').setValueNow(arguments[0]);", sql);
    }

    private static String text(Browser browser, String css) {
        List<WebElement> found = browser.driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    private static long sleeping(SourceFixtures.Fixture db) {
        return Database.count("SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND state = 'active'"
                + " AND query LIKE '%pg_sleep(30)%' AND pid <> pg_backend_pid()", db.database());
    }

    private static Path csvIn(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElse(null);
        }
    }

    private static void awaitTable(Api admin, String slug, long source, String table) throws Exception {
        waitFor(() -> admin.get("/t/" + slug + "/api/v1/datasources/" + source + "/tables").body()
                .contains("\"" + table + "\""), "the sync after creation finds " + table);
    }

    interface Check {
        boolean ok() throws Exception;
    }

    private static void waitFor(Check check, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!check.ok()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out: " + what);
            }
            Thread.sleep(250);
        }
    }

    private static boolean numberInputShown(Browser browser) {
        try {
            return "decimal".equals(browser.driver.findElement(
                    By.cssSelector("[data-variable='min'] input.iq-variable-value")).getAttribute("inputmode"));
        } catch (org.openqa.selenium.WebDriverException redrawn) {
            return false;
        }
    }
}
