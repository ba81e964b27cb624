package com.insightiq.system.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import com.insightiq.system.Browser;
import com.insightiq.system.Tenancy;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A new analyst of the demo tenant: Home shows the example dashboard pinned, and the first-run tour builds a dashboard
 * from the sample's Orders in three clicks (Start, the table, Create dashboard); the new dashboard opens with its cards
 * loaded and is then the first of the analyst's recent items. The tour is gone once they have a dashboard.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomeBrowserIT {
    @Test
    void theExampleIsPinnedAndTheTourBuildsADashboardInThreeClicks() throws Exception {
        long example = Acme.exampleDashboard(Api.platformAdmin());
        String email = Acme.newMember("analyst");
        try (Browser browser = new Browser()) {
            browser.signIn(email, Tenancy.PASSWORD);
            browser.waitForUrl("/t/acme/home.xhtml");
            WebElement pinned = browser.waitFor("#pinnedItems li[data-kind='dashboard'][data-id='" + example + "']");
            assertTrue(pinned.getText().contains(Acme.DASHBOARD), pinned.getText());
            assertTrue(pinned.findElement(By.tagName("a")).getAttribute("href").endsWith("/t/acme/dashboard/" + example));
            browser.waitFor("#tourCard");

            browser.waitFor("[id='tourCardForm:tourStart']").click();
            browser.waitUntil(d -> d.findElement(By.id("tourDialog")).isDisplayed(), "click 1 opens the tour");
            WebElement orders = browser.driver.findElements(By.cssSelector("[id='tourForm:tourTable'] li")).stream()
                    .filter(li -> li.getText().trim().equals("Sample Database · Orders")).findFirst()
                    .orElseThrow(() -> new AssertionError("the sample's Orders is offered"));
            orders.click();
            browser.waitFor("[id='tourForm:createDashboard']").click();
            browser.waitForUrl("/dashboard");
            long cards = Acme.awaitCards(browser, 7);
            assertEquals(7, cards, "numbers, monthly series and breakdowns of Orders");
            String url = browser.driver.getCurrentUrl();
            long made = Long.parseLong(url.replaceAll(".*[?&]id=([0-9]+).*|.*/dashboard/([0-9]+).*", "$1$2"));

            browser.open("/t/acme/home.xhtml");
            List<WebElement> recent = browser.driver.findElements(By.cssSelector("#recentItems li"));
            assertTrue(!recent.isEmpty(), "the dashboard just opened is recent");
            assertEquals("dashboard", recent.get(0).getAttribute("data-kind"));
            assertEquals(Long.toString(made), recent.get(0).getAttribute("data-id"));
            assertTrue(recent.get(0).getText().contains("A look at Orders"), recent.get(0).getText());
            assertTrue(browser.driver.findElements(By.id("tourCard")).isEmpty(), "no tour once they have a dashboard");
        }
    }
}
