package com.insightiq.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A tenant admin connects a database in a real browser: a failing test shows the problem and stores nothing, a
 * passing test shows the server, the password never comes back into a page, edits keep the stored password, and
 * deleting needs the name typed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataSourcesBrowserIT {


    @Test
    void addTestEditAndDeleteADatabaseThroughThePages() throws Exception {
        String slug = Tenancy.uniqueSlug("dsui");
        String adminEmail = Tenancy.createTenant(Api.platformAdmin(), slug);
        Api admin = Api.signIn(adminEmail, Tenancy.PASSWORD);
        String api = "/t/" + slug + "/api/v1/datasources";
        try (SourceFixtures.Fixture db = SourceFixtures.postgres("dsui");
             Browser browser = new Browser()) {
            browser.signIn(adminEmail, Tenancy.PASSWORD);
            browser.waitForUrl("/t/" + slug + "/home.xhtml");

            browser.open("/t/" + slug + "/settings/datasources.xhtml");
            browser.waitFor("#dataSourcesEmpty");
            browser.screenshot("datasources-empty");
            browser.waitFor("#addDataSource a, a#addDataSource").click();
            browser.waitForUrl("/settings/datasource.xhtml");

            type(browser, "sourceForm:name", "Sales");
            type(browser, "sourceForm:host", db.host());
            type(browser, "sourceForm:port_input", String.valueOf(db.port()));
            type(browser, "sourceForm:database", db.database());
            type(browser, "sourceForm:username", db.user());
            type(browser, "sourceForm:password", "not-the-password");
            browser.waitFor("[id='sourceForm:testConnection']").click();
            String failed = browser.waitFor("#checkFailed").getText();
            assertTrue(failed.contains("password"), "the wrong password is named: " + failed);
            browser.screenshot("datasource-test-failed");
            assertEquals("[]", admin.get(api).body().replaceAll("\\s", ""), "a test stores nothing");

            type(browser, "sourceForm:password", db.password());
            browser.waitFor("[id='sourceForm:testConnection']").click();
            String ok = browser.waitFor("#checkOk").getText();
            assertTrue(ok.contains("PostgreSQL"), "the server version is shown: " + ok);
            browser.screenshot("datasource-test-ok");
            assertFalse(browser.driver.getPageSource().contains(db.password()), "the typed password is not echoed");

            browser.waitFor("[id='sourceForm:save']").click();
            browser.waitForUrl("/settings/datasources.xhtml");
            browser.waitUntil(d -> d.findElement(By.id("dataSourcesForm")).getText().contains("Sales"),
                    "the new database is listed");
            browser.screenshot("datasources-list");
            assertFalse(browser.driver.getPageSource().contains(db.password()), "no password in the list page");
            assertTrue(admin.get(api).body().contains("\"Sales\""), "saved through the page");
            assertLocalOnly(browser);

            browser.waitFor("[id='dataSourcesForm:dataSources:0:edit'] a, a[id='dataSourcesForm:dataSources:0:edit']")
                    .click();
            browser.waitForUrl("/settings/datasource.xhtml?id=");
            WebElement password = browser.waitFor("[id='sourceForm:password']");
            assertEquals("", password.getAttribute("value"), "the stored password is not rendered back");
            assertTrue(password.getAttribute("placeholder").contains("leave empty to keep"));
            assertFalse(browser.driver.getPageSource().contains(db.password()), "no password in the edit page");
            assertEquals("Sales", browser.waitFor("[id='sourceForm:name']").getAttribute("value"));
            type(browser, "sourceForm:name", "Sales warehouse");
            browser.waitFor("[id='sourceForm:testConnection']").click();
            assertTrue(browser.waitFor("#checkOk").getText().contains("PostgreSQL"),
                    "the stored password is used when the field stays empty");
            browser.screenshot("datasource-edit");
            browser.waitFor("[id='sourceForm:save']").click();
            browser.waitForUrl("/settings/datasources.xhtml");
            browser.waitUntil(d -> d.findElement(By.id("dataSourcesForm")).getText().contains("Sales warehouse"),
                    "the renamed database is listed");
            assertTrue(admin.get(api).body().contains("\"hasPassword\":true"), "the edit kept the password");

            browser.waitFor("[id='dataSourcesForm:dataSources:0:delete']").click();
            type(browser, "deleteForm:confirmation", "Sales");
            browser.waitFor("[id='deleteForm:deleteDataSource']").click();
            browser.waitUntil(d -> d.findElement(By.id("deleteForm")).getText().contains("exactly"),
                    "a name that is not exact is refused");
            assertTrue(admin.get(api).body().contains("Sales warehouse"), "nothing deleted yet");
            browser.screenshot("datasource-delete");
            type(browser, "deleteForm:confirmation", "Sales warehouse");
            browser.waitFor("[id='deleteForm:deleteDataSource']").click();
            browser.waitFor("#dataSourcesEmpty");
            assertEquals("[]", admin.get(api).body().replaceAll("\\s", ""), "deleted");

            // the tenant admin bounds the connections per database
            type(browser, "poolForm:maxPoolSize_input", "3");
            browser.waitFor("[id='poolForm:savePool']").click();
            browser.waitUntil(d -> admin.get("/t/" + slug + "/api/v1/settings/connections").json()
                    .getInt("maxPoolSize") == 3, "the pool bound is saved");
        }
    }

    @Test
    void syncBrowseATablePreviewItEditItsNameAndAddAGlossaryTerm() throws Exception {
        String slug = Tenancy.uniqueSlug("catui");
        String adminEmail = Tenancy.createTenant(Api.platformAdmin(), slug);
        Api admin = Api.signIn(adminEmail, Tenancy.PASSWORD);
        try (SourceFixtures.Fixture db = SourceFixtures.postgres("catui");
             Browser browser = new Browser()) {
            db.execute("CREATE TABLE customer_orders (id SERIAL PRIMARY KEY, customer_email TEXT NOT NULL,"
                    + " total NUMERIC(10, 2), ordered_at TIMESTAMPTZ NOT NULL DEFAULT now());"
                    + " INSERT INTO customer_orders (customer_email, total) VALUES ('ann@example.com', 12.50),"
                    + " ('bob@example.com', 99.00), ('cy@example.com', NULL);"
                    + " GRANT SELECT ON customer_orders TO " + db.user());
            Api.Reply created = admin.post("/t/" + slug + "/api/v1/datasources", db.body("Shop").build().toString());
            assertEquals(201, created.status(), created.toString());
            long id = created.json().getJsonNumber("id").longValue();

            browser.signIn(adminEmail, Tenancy.PASSWORD);
            browser.waitForUrl("/t/" + slug + "/home.xhtml");
            browser.open("/t/" + slug + "/settings/datasource.xhtml?id=" + id);
            browser.waitFor("[id='syncForm:syncNow']").click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(120))
                    .withMessage("the sync completes and the page follows it")
                    .until(d -> d.findElement(By.id("syncForm")).getText().contains("Completed"));
            browser.screenshot("datasource-synced");

            browser.open("/t/" + slug + "/browse.xhtml");
            browser.waitFor("#browseSources a").click();
            browser.waitUntil(d -> d.findElement(By.id("tablesForm")).getText().contains("Customer Orders")
                    || d.findElement(By.id("tablesForm")).getText().contains("customer_orders"), "the table is listed");
            browser.screenshot("browse-tables");
            browser.waitFor("[id='tablesForm:tables'] a.iq-strong-link").click();
            browser.waitForUrl("/browse-table.xhtml?id=");
            String columns = browser.waitFor("[id='tableForm:tabs:columns']").getText();
            assertTrue(columns.contains("customer_email") && columns.contains("numeric"), columns);
            browser.screenshot("browse-table-columns");

            browser.waitFor("[id='tableForm:tabs'] .ui-tabs-nav li:nth-child(2) a").click();
            browser.waitUntil(d -> !d.findElements(By.id("previewRows")).isEmpty()
                    && d.findElement(By.id("previewRows")).getText().contains("bob@example.com"),
                    "the preview shows the first rows");
            browser.screenshot("browse-table-preview");

            browser.waitFor("#editTableButton").click();
            type(browser, "tableEditForm:displayName", "Orders of customers");
            browser.waitFor("[id='tableEditForm:saveTable']").click();
            browser.waitUntil(d -> d.findElement(By.id("pageTitle")).getText().contains("Orders of customers"),
                    "the new display name is the heading");

            browser.open("/t/" + slug + "/glossary.xhtml");
            browser.waitFor("#glossaryEmpty");
            browser.waitFor("#newTermButton").click();
            type(browser, "termForm:term", "Revenue");
            type(browser, "termForm:definition", "What customers paid for their orders.");
            type(browser, "termForm:synonyms", "turnover, sales");
            type(browser, "termForm:expression", "SUM(total)");
            browser.waitFor("[id='termForm:saveTerm']").click();
            browser.waitUntil(d -> d.findElement(By.id("glossaryForm")).getText().contains("Revenue"),
                    "the term is listed");
            browser.screenshot("glossary");
            assertTrue(admin.get("/t/" + slug + "/api/v1/glossary").body().contains("turnover"),
                    "stored with its synonyms");
            assertLocalOnly(browser);
        }
    }

    @Test
    void theFormReadsWellInTheDarkTheme() throws Exception {
        String slug = Tenancy.uniqueSlug("dsdark");
        String adminEmail = Tenancy.createTenant(Api.platformAdmin(), slug);
        try (Browser browser = new Browser()) {
            browser.signIn(adminEmail, Tenancy.PASSWORD);
            browser.waitForUrl("/t/" + slug + "/home.xhtml");
            browser.waitFor("#userMenu").click();
            browser.waitFor("#themeToggle").click();
            browser.waitUntil(d -> d.getPageSource().contains("primefaces-vela-blue"), "dark theme after toggle");
            browser.open("/t/" + slug + "/settings/datasource.xhtml");
            click(browser, "[id='sourceForm:ssh'] .ui-toggleswitch-slider");
            browser.waitFor("[id='sourceForm:sshHost']");
            click(browser, "[id='sourceForm:allowWrites'] .ui-chkbox-box");
            browser.waitFor(".iq-alert-warning");
            click(browser, "[id='sourceForm:addOption']");
            browser.waitFor("[id='sourceForm:options'] input");
            browser.screenshot("datasource-form-dark");
            assertLocalOnly(browser);
        }
    }

    /** Clicks an element after scrolling it to the middle, clear of the sticky button bar. */
    private static void click(Browser browser, String cssSelector) {
        WebElement element = browser.waitFor(cssSelector);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.waitFor("[id='" + id + "']");
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    private static void assertLocalOnly(Browser browser) {
        for (String url : browser.loadedResources()) {
            assertTrue(url.startsWith(Api.BASE) || url.startsWith("data:"),
                    "everything is served by InsightIQ itself, nothing from the internet: " + url);
        }
    }
}
