package com.insightiq.system.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Browser;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A question made in the browser: saved from the SQL editor (with a {@code <script>} name, shown as text), opened by its
 * short address (it runs on opening, as a table: no chart was chosen), run again, renamed in place, and brought back
 * to its first revision from the history side panel.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionBrowserIT {
    private static final String NAME = "<script>window.__pwned = 1</script> Sales & \"co\"";


    @Test
    void saveFromTheEditorOpenRunRenameAndRestoreARevision() throws Exception {
        try (QuestionTenant t = QuestionTenant.create("qbrowse"); Browser browser = new Browser()) {
            browser.signIn("admin@" + t.slug.replace('_', '-') + ".test", com.insightiq.system.Tenancy.PASSWORD);
            browser.waitForUrl("/t/" + t.slug + "/home.xhtml");
            browser.open("/t/" + t.slug + "/query");
            browser.waitFor("body.iq-editor-ready");
            js(browser, "PF('sqlEditor').setValueNow(arguments[0]);", "SELECT region, amount FROM sales ORDER BY id");

            browser.waitFor("[id='editorForm:saveButton']").click();
            browser.waitUntil(d -> d.findElement(By.id("questionSaveDialog")).isDisplayed(), "the save dialog opens");
            browser.waitFor("[id='questionSaveForm:name']").sendKeys(NAME);
            browser.waitFor("[id='questionSaveForm:description']").sendKeys("Saved from the editor");
            browser.screenshot("question-save-dialog");
            browser.waitFor("[id='questionSaveForm:saveQuestion']").click();
            browser.waitForUrl("/question.xhtml?id=");
            String url = browser.driver.getCurrentUrl();
            long id = Long.parseLong(url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*$", ""));

            browser.open("/t/" + t.slug + "/question/" + id);
            browser.waitForUrl("/question.xhtml?id=" + id);
            assertEquals(NAME, browser.waitFor("#questionName").getText(), "the name is shown as typed, as text");
            assertNull(js(browser, "return window.__pwned;"), "nothing in the name ran");
            assertTrue(browser.waitFor("#questionDescription").getText().contains("Saved from the editor"));
            assertTrue(browser.waitFor("#questionCrumbs").getText().contains("Our analytics"));

            browser.waitUntil(d -> text(browser, "#questionResult").contains("north"), "the question runs on opening");
            browser.waitFor("[id='questionForm:runButton']").click();
            browser.waitUntil(d -> text(browser, "#questionResult").contains("north"), "and again with Run");
            browser.awaitQuiet();
            assertTrue(text(browser, "#questionResult").contains("20"), text(browser, "#questionResult"));
            assertEquals("table", browser.waitFor("#questionViz").getAttribute("data-type"),
                    "saved without a chart, the question is a table");
            browser.screenshot("question-page");

            browser.waitFor("[id='questionForm:editName'] .ui-inplace-display").click();
            WebElement name = browser.waitFor("[id='questionForm:nameInput']");
            name.clear();
            name.sendKeys("Sales by region");
            browser.waitFor("[id='questionForm:editName'] .ui-inplace-save").click();
            browser.waitUntil(d -> text(browser, "#questionName").equals("Sales by region"), "renamed in place");
            browser.waitFor("[id='questionActions:history']").click();
            browser.waitUntil(d -> d.findElement(By.id("revisions")).isDisplayed(), "the history panel opens");
            browser.waitUntil(d -> text(browser, "#revisions").contains("Renamed"), "the history shows the rename");

            browser.waitFor("[data-revision='1']").click();
            browser.waitUntil(d -> text(browser, "#questionName").equals(NAME), "revision 1 is back");
            browser.waitUntil(d -> text(browser, "#revisions").contains("Restored revision 1"), "and recorded");
            List<WebElement> revisions = browser.driver.findElements(By.cssSelector("#revisions .iq-revision"));
            assertEquals(3, revisions.size(), text(browser, "#revisions"));
            assertNull(js(browser, "return window.__pwned;"));
            browser.screenshot("question-revisions");
        }
    }

    private static Object js(Browser browser, String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, arguments);
    }

    /** The element's text; an Ajax update may replace it between finding and reading: then it is read again. */
    private static String text(Browser browser, String css) {
        for (int attempt = 1; ; attempt++) {
            try {
                List<WebElement> found = browser.driver.findElements(By.cssSelector(css));
                return found.isEmpty() ? "" : found.get(0).getText().trim();
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                if (attempt == 3) {
                    throw replaced;
                }
            }
        }
    }
}
