package com.insightiq.system.home;

import com.insightiq.system.Api;
import com.insightiq.system.Browser;
import com.insightiq.system.Tenancy;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The README's screenshots, taken on the demo tenant's sample database on every run so they stay current:
 * {@code sql-editor.png} (a query and its chart), {@code question.png} (an example question with its chart) and
 * {@code dashboard.png} (the example dashboard with its filters), 1280×800, into {@code ear/src/site/screenshots/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadmeScreenshotsBrowserIT {
    private static final Path FOLDER = Path.of(System.getProperty("basedir", "."), "src", "site", "screenshots");
    private static final String SQL = "SELECT date_trunc('month', created_at) AS month,\n       sum(total) AS revenue\n"
            + "FROM orders\nWHERE created_at >= '2025-01-01'\nGROUP BY 1\nORDER BY 1";


    @Test
    void sqlEditorQuestionAndDashboard() throws Exception {
        Api platform = Api.platformAdmin();
        long dashboard = Acme.exampleDashboard(platform);
        long question = platform.get(Acme.api("/dashboards/" + dashboard)).json().getJsonArray("cards")
                .getValuesAs(JsonObject.class).stream().filter(c -> "Revenue by month".equals(c.getString(
                        "questionName", null))).findFirst().orElseThrow().getJsonNumber("questionId").longValue();
        String email = Acme.newMember("analyst");
        try (Browser browser = new Browser()) {
            ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                    "width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
            browser.signIn(email, Tenancy.PASSWORD);
            browser.waitForUrl("/t/acme/home.xhtml");

            browser.open("/t/acme/query");
            browser.waitFor("body.iq-editor-ready");
            js(browser, "PF('sqlEditor').setValueNow(arguments[0]);", SQL);
            browser.waitFor("[id='editorForm:runButton']").click();
            browser.waitUntil(d -> browser.driver.findElement(By.cssSelector("#rowCount")).getText().contains("row"),
                    "the query ran");
            browser.waitFor("[id='editorForm:visualize']").click();
            browser.waitFor("#visualizePanel #editorViz");
            browser.waitUntil(d -> Boolean.TRUE.equals(js(browser, "return InsightIQ.charts.drawnAt('editorViz') "
                    + "!== null;")), "the chart is drawn");
            js(browser, "window.scrollTo(0, 130);"); // the query's lines and the chart in one picture
            settle();
            save(browser, "sql-editor.png");

            browser.open("/t/acme/question/" + question);
            browser.waitForUrl("/question.xhtml?id=" + question);
            browser.waitUntil(d -> Boolean.TRUE.equals(js(browser, "return InsightIQ.charts.drawnAt('questionViz') "
                    + "!== null;")), "the question's chart is drawn");
            settle();
            save(browser, "question.png");

            browser.open("/t/acme/dashboard/" + dashboard);
            Acme.awaitCards(browser, 10);
            settle();
            save(browser, "dashboard.png");
        }
    }

    /** Chart animations end before the picture is taken. */
    private static void settle() throws InterruptedException {
        Thread.sleep(1_200);
    }

    private static void save(Browser browser, String name) throws Exception {
        Files.createDirectories(FOLDER);
        Files.write(FOLDER.resolve(name), ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
    }

    private static Object js(Browser browser, String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, arguments);
    }
}
