package com.insightiq.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A person in a real browser: sign in, see the shell, switch tenant, change theme, sign out; wrong passwords; lockout. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {


    @Test
    void signInSeeTheShellSwitchTenantAndSignOut() throws Exception {
        Api platform = Api.platformAdmin();
        String first = Tenancy.uniqueSlug("alpha");
        String second = Tenancy.uniqueSlug("beta");
        String email = Tenancy.createTenant(platform, first);
        String secondAdmin = Tenancy.createTenant(platform, second);
        Tenancy.addMember(Api.signIn(secondAdmin, Tenancy.PASSWORD), second, email, "viewer");

        try (Browser browser = new Browser()) {
            browser.open("/sign-in.xhtml");
            browser.waitFor("#email");
            String anonymousSession = browser.sessionCookie();
            browser.signIn(email, Tenancy.PASSWORD);
            browser.waitForUrl("/t/" + first + "/home.xhtml");
            assertTrue(browser.sessionCookie() != null && !browser.sessionCookie().equals(anonymousSession),
                    "the session id changes at sign-in");
            assertTrue(browser.waitFor("#pageTitle").getText().contains("Tenant " + first));
            assertTrue(browser.waitFor("#sidebar").isDisplayed());
            browser.waitFor("#content");
            browser.screenshot("home");
            for (String url : browser.loadedResources()) {
                assertTrue(url.startsWith(Api.BASE) || url.startsWith("data:"),
                        "everything is served by InsightIQ itself, nothing from the internet: " + url);
            }

            browser.waitFor("#tenantSwitcher").click();
            browser.waitFor("#tenantSwitcherList a[data-slug='" + second + "']").click();
            browser.waitForUrl("/t/" + second + "/home.xhtml");
            assertTrue(browser.waitFor("#pageTitle").getText().contains("Tenant " + second));

            browser.waitFor("#userMenu").click();
            browser.waitFor("#themeToggle").click();
            browser.waitUntil(d -> d.getPageSource().contains("primefaces-vela-blue"), "dark theme after toggle");
            browser.waitFor("#pageTitle");
            browser.screenshot("home-dark");

            browser.waitFor("#userMenu").click();
            browser.waitFor("#signOut").click();
            browser.waitForUrl("/sign-in.xhtml");
            browser.open("/t/" + first + "/home.xhtml");
            browser.waitForUrl("/sign-in.xhtml");
            browser.waitFor("#email");
        }
    }

    @Test
    void settingsPagesInviteAMemberAndRunTheUsageReport() throws Exception {
        Api platform = Api.platformAdmin();
        String slug = Tenancy.uniqueSlug("ui");
        String adminEmail = Tenancy.createTenant(platform, slug);
        String invited = "invited@" + slug.replace('_', '-') + ".test";
        try (Browser browser = new Browser()) {
            browser.signIn(adminEmail, Tenancy.PASSWORD);
            browser.waitForUrl("/t/" + slug + "/home.xhtml");
            for (String page : List.of("/collections.xhtml", "/browse.xhtml", "/settings/index.xhtml",
                    "/settings/profile.xhtml")) {
                browser.open("/t/" + slug + page);
                browser.waitFor("#pageTitle");
                assertTrue(browser.driver.findElements(By.id("errorPage")).isEmpty(), page + " renders");
            }

            browser.open("/t/" + slug + "/settings/members.xhtml");
            browser.waitFor("#inviteButton").click();
            browser.waitFor("[id='inviteForm:inviteEmail']").sendKeys(invited);
            browser.waitFor("[id='inviteForm:inviteName']").sendKeys("Invited Person");
            browser.waitFor("[id='inviteForm:invitePassword']").sendKeys(Tenancy.PASSWORD);
            browser.waitFor("[id='inviteForm:sendInvite']").click();
            browser.waitUntil(d -> d.findElement(By.id("membersForm")).getText().contains(invited),
                    "the invited member appears in the list");
            browser.screenshot("members");
            assertTrue(Api.signIn(invited, Tenancy.PASSWORD).get("/api/v1/me").body().contains("\"" + slug + "\""),
                    "the invited person can sign in and belongs to the tenant");

            browser.open("/t/" + slug + "/settings/jobs.xhtml");
            browser.waitFor("[id='jobsForm:runUsageReport']").click();
            browser.waitUntil(d -> d.findElement(By.id("jobsForm")).getText().contains("Completed"),
                    "the usage report completes and the page shows it");
            browser.screenshot("jobs");
        }
        try (Browser browser = new Browser()) {
            browser.signIn(System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
            browser.waitFor("#pageTitle");
            browser.open("/settings/tenants.xhtml");
            browser.waitUntil(d -> d.findElement(By.id("tenantsForm")).getText().contains(slug),
                    "platform admins see every tenant");
            String created = Tenancy.uniqueSlug("paged");
            browser.waitFor("#newTenantButton").click();
            browser.waitFor("[id='createForm:slug']").sendKeys(created);
            browser.waitFor("[id='createForm:name']").sendKeys("Made on the page");
            browser.waitFor("[id='createForm:adminEmail']").sendKeys("boss@" + created.replace('_', '-') + ".test");
            browser.waitFor("[id='createForm:adminPassword']").sendKeys(Tenancy.PASSWORD);
            browser.waitFor("[id='createForm:createTenant']").click();
            browser.waitUntil(d -> d.findElement(By.id("tenantsForm")).getText().contains(created),
                    "the new tenant is listed");
            browser.screenshot("tenants");
            assertTrue(Database.schemaExists("tenant_" + created), "provisioned from the page");
            assertTrue(Api.signIn("boss@" + created.replace('_', '-') + ".test", Tenancy.PASSWORD).get("/api/v1/me")
                    .body().contains("\"" + created + "\""));
        }
    }

    @Test
    void aTenantsOwnHostNameServesItsPagesWithoutThePathPrefix() throws Exception {
        Api platform = Api.platformAdmin();
        String slug = Tenancy.uniqueSlug("hosted");
        String email = Tenancy.createTenant(platform, slug);
        String host = slug.replace('_', '-') + ".insightiq.test";
        assertEquals(200, platform.put("/api/v1/tenants/" + slug, "{\"hosts\":[\"" + host + "\"]}").status());
        try (Browser browser = new Browser()) {
            browser.openOnHost(host, "/sign-in.xhtml");
            browser.waitFor("#email").sendKeys(email);
            browser.driver.findElement(By.id("password")).sendKeys(Tenancy.PASSWORD);
            browser.driver.findElement(By.id("signIn")).click();
            browser.waitFor("#pageTitle");
            browser.openOnHost(host, "/home.xhtml");
            assertTrue(browser.waitFor("#pageTitle").getText().contains("Tenant " + slug),
                    "the host alone names the tenant: " + browser.driver.getCurrentUrl());
            assertTrue(!browser.driver.getCurrentUrl().contains("/t/"), browser.driver.getCurrentUrl());
        }
    }

    @Test
    void theBrowsersLanguageChoosesTheTexts() throws Exception {
        try (Browser browser = new Browser("de-DE")) {
            browser.open("/sign-in.xhtml");
            assertEquals("Anmelden", browser.waitFor("#signIn").getText().trim());
            browser.screenshot("sign-in-de");
        }
        try (Browser browser = new Browser("en-GB")) {
            browser.open("/sign-in.xhtml");
            assertEquals("Sign in", browser.waitFor("#signIn").getText().trim());
        }
    }

    @Test
    void aNonMemberGets403AndAnUnknownTenant404() throws Exception {
        Api platform = Api.platformAdmin();
        String mine = Tenancy.uniqueSlug("mine");
        String theirs = Tenancy.uniqueSlug("theirs");
        String email = Tenancy.createTenant(platform, mine);
        Tenancy.createTenant(platform, theirs);
        try (Browser browser = new Browser()) {
            browser.signIn(email, Tenancy.PASSWORD);
            browser.waitForUrl("/t/" + mine + "/home.xhtml");
            browser.open("/t/" + theirs + "/home.xhtml");
            assertEquals("403", browser.waitFor("#errorPage").getAttribute("data-status"));
            browser.open("/t/no_such_tenant/home.xhtml");
            assertEquals("404", browser.waitFor("#errorPage").getAttribute("data-status"));
            browser.screenshot("not-found");
        }
    }

    @Test
    void aWrongPasswordShowsAClearMessageAndSixFailuresLock() throws Exception {
        Api platform = Api.platformAdmin();
        String slug = Tenancy.uniqueSlug("locks");
        String email = Tenancy.createTenant(platform, slug);
        try (Browser browser = new Browser()) {
            browser.signIn(email, "wrong password 1");
            assertTrue(browser.waitFor("#signInError").getText().contains("Wrong e-mail or password"),
                    browser.waitFor("#signInError").getText());
            browser.screenshot("sign-in-wrong-password");
            for (int i = 2; i <= 5; i++) {
                browser.signIn(email, "wrong password " + i);
                browser.waitFor("#signInError");
            }
            browser.signIn(email, Tenancy.PASSWORD);
            String message = browser.waitFor("#signInError").getText();
            assertTrue(message.toLowerCase().contains("locked"), "the 6th attempt, even right, is refused: " + message);
            browser.screenshot("sign-in-locked");
        }
    }

    @Test
    void signingInWorksFromTheKeyboardAlone() throws Exception {
        Api platform = Api.platformAdmin();
        String slug = Tenancy.uniqueSlug("keys");
        String email = Tenancy.createTenant(platform, slug);
        try (Browser browser = new Browser()) {
            browser.open("/sign-in.xhtml");
            WebElement focused = browser.waitFor("#email");
            focused.click();
            browser.driver.switchTo().activeElement().sendKeys(email, Keys.TAB);
            browser.driver.switchTo().activeElement().sendKeys(Tenancy.PASSWORD, Keys.ENTER);
            browser.waitForUrl("/t/" + slug + "/home.xhtml");
            assertTrue(browser.driver.findElement(By.id("pageTitle")).isDisplayed());
        }
    }
}
