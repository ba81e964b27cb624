package com.insightiq.system.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Browser;
import com.insightiq.system.Tenancy;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** In a real browser: navigate the collection tree, create a collection, and use the search dropdown by keyboard. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CollectionsBrowserIT {


    @Test
    void treeNewCollectionAndKeyboardSearch() throws Exception {
        CollectionTenant t = CollectionTenant.create("colui");
        long marketing = t.collection(t.admin, "Marketing", null);
        long campaigns = t.collection(t.admin, "Campaigns", marketing);
        long question = t.question("Campaign revenue", "Revenue per campaign", campaigns,
                CollectionTenant.userId(t.admin));
        String base = "/t/" + t.slug;
        try (Browser browser = new Browser()) {
            browser.signIn("admin@" + t.slug.replace('_', '-') + ".test", Tenancy.PASSWORD);
            browser.waitForUrl(base + "/home.xhtml");

            browser.driver.findElement(By.id("navOurAnalytics")).click();
            browser.waitForUrl("collections.xhtml?id=root");
            browser.waitFor("#collectionTree a[data-collection='" + marketing + "']").click();
            browser.waitForUrl("id=" + marketing);
            assertEquals("Marketing", browser.waitFor("#pageTitle").getText());
            browser.waitFor("#collectionTree a[data-collection='" + campaigns + "']").click();
            browser.waitForUrl("id=" + campaigns);
            assertTrue(browser.waitFor("#itemsForm\\:itemsTable").getText().contains("Campaign revenue"));
            browser.screenshot("CollectionsBrowserIT-tree");

            browser.waitFor("#newCollectionButton").click();
            WebElement name = browser.waitFor("#newCollectionForm\\:name");
            name.sendKeys("Spring 2025");
            browser.driver.findElement(By.id("newCollectionForm:createCollection")).click();
            browser.waitUntil(d -> d.findElement(By.id("pageTitle")).getText().equals("Spring 2025"),
                    "the new collection opens");
            assertTrue(browser.waitFor("nav.iq-crumbs").getText().contains("Campaigns"));
            browser.screenshot("CollectionsBrowserIT-created");

            browser.waitFor("#bookmarkToggle").click();
            browser.waitUntil(d -> d.findElement(By.id("sidebarBookmarks")).getText().contains("Spring 2025"),
                    "the bookmark shows in the sidebar");
            browser.waitFor("#archiveCollectionButton").click();
            browser.waitFor(".ui-confirmdialog-yes").click();
            browser.waitForUrl("id=" + campaigns);
            browser.waitFor("#navTrash").click();
            browser.waitForUrl("trash.xhtml");
            WebElement trashTable = browser.waitFor("#trashForm\\:trashTable");
            assertTrue(trashTable.getText().contains("Spring 2025"), trashTable::getText);
            browser.screenshot("CollectionsBrowserIT-trash");
            browser.driver.findElement(By.cssSelector("#trashForm\\:trashTable button[id$='restore']")).click();
            browser.waitUntil(d -> d.findElement(By.id("trashForm:trashTable")).getText().contains("empty")
                    || !d.findElement(By.id("trashForm:trashTable")).getText().contains("Spring 2025"),
                    "restored, it leaves the trash");

            WebElement search = browser.waitFor("#q_input");
            search.sendKeys("campaign rev");
            browser.waitUntil(d -> d.findElements(By.cssSelector(".iq-search-panel .ui-autocomplete-item"))
                    .stream().anyMatch(e -> e.isDisplayed() && e.getText().contains("Campaign revenue")),
                    "the dropdown offers the question");
            browser.screenshot("CollectionsBrowserIT-search");
            search.sendKeys(Keys.ARROW_DOWN);
            browser.waitUntil(d -> !d.findElements(By.cssSelector(".iq-search-panel .ui-state-highlight")).isEmpty(),
                    "ArrowDown highlights the first hit");
            search.sendKeys(Keys.ENTER);
            browser.waitForUrl("question.xhtml?id=" + question);

            browser.open(base + "/collection/root");
            WebElement again = browser.waitFor("#q_input");
            again.sendKeys("spring");
            browser.waitUntil(d -> d.findElements(By.cssSelector(".iq-search-panel .ui-autocomplete-item"))
                    .stream().anyMatch(WebElement::isDisplayed), "the dropdown opens");
            again.sendKeys(Keys.ESCAPE);
            browser.screenshot("CollectionsBrowserIT-escape");
            browser.waitUntil(d -> !"true".equals(d.findElement(By.id("q_input")).getAttribute("aria-expanded"))
                    || d.findElements(By.cssSelector(".iq-search-panel")).stream().noneMatch(WebElement::isDisplayed),
                    "Escape closes the dropdown");
            again.sendKeys(Keys.ENTER);
            browser.waitForUrl("search.xhtml?q=spring");
            assertTrue(browser.waitFor("#searchResults").getText().contains("Spring 2025"));
        }
    }
}
