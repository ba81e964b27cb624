package com.insightiq.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

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
            browser.waitFor("[id='sourceForm:ssh'] .ui-toggleswitch-slider").click();
            browser.waitFor("[id='sourceForm:sshHost']");
            browser.waitFor("[id='sourceForm:allowWrites'] .ui-chkbox-box").click();
            browser.waitFor(".iq-alert-warning");
            browser.waitFor("[id='sourceForm:addOption']").click();
            browser.waitFor("[id='sourceForm:options'] input");
            browser.screenshot("datasource-form-dark");
            assertLocalOnly(browser);
        }
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
