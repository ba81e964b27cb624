package com.insightiq.system.dashboard;

import static com.insightiq.system.dashboard.DashboardPage.awaitCards;
import static com.insightiq.system.dashboard.DashboardPage.state;
import static com.insightiq.system.dashboard.DashboardTenant.body;
import static com.insightiq.system.dashboard.DashboardTenant.filter;
import static com.insightiq.system.dashboard.DashboardTenant.mapping;
import static com.insightiq.system.dashboard.DashboardTenant.questionCard;
import static com.insightiq.system.dashboard.DashboardTenant.textCard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import com.insightiq.system.Browser;
import com.insightiq.system.Database;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard page's features beyond filters on question cards, driven in headless Chromium on dashboards made
 * through the REST API (acme's sample database, numbers compared with the same SQL over JDBC): two tabs (only the
 * chosen tab's cards, the tab in the address, kept by a reload); heading, link and markdown text cards, the text
 * showing a filter's value as it changes; number, text and id filter inputs narrowing question cards; a linked
 * filter fetching its choices again when its parent changes; click actions opening a URL, a dashboard and a question
 * with the clicked value; TV mode's dark theme; the auto-refresh timer (the page's intervals are recorded by a
 * script added before the page's own, and the dashboard's timer is fired instead of waiting minutes); the signed
 * embed page without sign-in, its locked filter applied and hidden; the curators' menu (revisions with restore,
 * share dialog, duplicate). Screenshots: {@code DashboardFeaturesBrowserIT-<name>.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardFeaturesBrowserIT {
    private static final String API = "/t/acme/api/v1";
    /**
     * Records every interval of at least a minute the page sets (the auto-refresh timer), so a test can fire it, and
     * counts the page's run requests.
     */
    private static final String TIMERS = "(function () {"
            + " var get = window.fetch; window.__iqRuns = 0;"
            + " window.fetch = function (url) { if (/\\/run$/.test(String(url))) { window.__iqRuns++; }"
            + "  return get.apply(window, arguments); };"
            + " var set = window.setInterval, clear = window.clearInterval; window.__iqTimers = [];"
            + " window.setInterval = function (fn, ms) { var id = set.apply(window, arguments);"
            + "  if (ms >= 60000) { window.__iqTimers.push({id: id, fn: fn, ms: ms, active: true}); } return id; };"
            + " window.clearInterval = function (id) { window.__iqTimers.forEach(function (t) {"
            + "  if (t.id === id) { t.active = false; } }); return clear.apply(window, arguments); };"
            + "}());";


    @Test
    void tabsTextCardsAndNumberTextAndIdFilters() throws Exception {
        try (Acme acme = new Acme(); Browser browser = new Browser()) {
            long price = acme.question("Products from a price", "SELECT count(*) AS products FROM products"
                    + " WHERE true [[AND price >= {{min_price}}]]", "number", param("min_price", "number"));
            long byCategory = acme.question("Products of a category", "SELECT count(*) AS products FROM products"
                    + " WHERE true [[AND category = {{cat}}]]", "number", param("cat", "text"));
            long byPeople = acme.question("Orders of people", "SELECT count(*) AS orders FROM orders"
                    + " WHERE true [[AND person_id IN ({{people}})]]", "number", param("people", "number-list"));
            String docs = "https://example.org/insightiq-docs";
            JsonObject d = acme.dashboard(body("Tabs " + acme.nonce)
                    .add("tabs", Json.createArrayBuilder().add(tab("overview", "Overview")).add(tab("orders", "Orders")))
                    .add("filters", Json.createArrayBuilder().add(filter("price", "Price from", "number"))
                            .add(filter("category", "Category", "text")).add(filter("people", "People", "id")))
                    .add("cards", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("kind", "heading").add("text", "Key figures")
                                    .add("tab", "overview").add("col", 0).add("row", 0).add("width", 24).add("height", 1))
                            .add(textCard("## Notes\n\nCategory: *{{category}}*", 0, 1, 12, 3).add("tab", "overview"))
                            .add(Json.createObjectBuilder().add("kind", "link").add("url", docs)
                                    .add("text", "Read the docs").add("tab", "overview").add("col", 12).add("row", 1)
                                    .add("width", 12).add("height", 3))
                            .add(questionCard(price, 0, 4, 12, 4).add("tab", "overview")
                                    .add("mappings", mapping("price", "min_price")))
                            .add(questionCard(byCategory, 12, 4, 12, 4).add("tab", "overview")
                                    .add("mappings", mapping("category", "cat")))
                            .add(questionCard(byPeople, 0, 0, 12, 4).add("tab", "orders")
                                    .add("mappings", mapping("people", "people")))));
            long heading = card(d, c -> "heading".equals(c.getString("kind")));
            long text = card(d, c -> "text".equals(c.getString("kind")));
            long link = card(d, c -> "link".equals(c.getString("kind")));
            long priceCard = cardOf(d, price);
            long categoryCard = cardOf(d, byCategory);
            long peopleCard = cardOf(d, byPeople);
            long id = d.getJsonNumber("id").longValue();

            run(browser, "tabs", () -> {
                signIn(browser);
                browser.open("/t/acme/dashboard/" + id);
                awaitCards(browser, text, priceCard, categoryCard);
                assertEquals(Set.of(heading, text, link, priceCard, categoryCard), gridCards(browser),
                        "the first tab shows only its cards");
                assertEquals("true", browser.waitFor("#dashboardTabs [data-tab=overview]").getAttribute("aria-selected"));
                assertFalse(address(browser).contains("tab="), "the first tab needs no address parameter");

                assertEquals("Key figures", browser.waitFor("[data-card-id='" + heading + "'] .iq-dash-heading-text")
                        .getText());
                WebElement a = browser.waitFor("[data-card-id='" + link + "'] a.iq-dash-link");
                assertEquals(docs, a.getAttribute("href"));
                assertEquals("_blank", a.getAttribute("target"));
                assertTrue(a.getText().contains("Read the docs"), a.getText());
                assertEquals("Notes", browser.waitFor("[data-card-id='" + text + "'] .iq-dash-text h2").getText(),
                        "the text card's markdown is rendered");
                assertEquals("", emphasis(browser, text), "no category chosen yet");

                assertEquals(count("SELECT count(*) FROM products"), scalar(browser, priceCard));
                type(browser, "price", "100");
                awaitScalar(browser, priceCard, count("SELECT count(*) FROM products WHERE price >= 100"));
                browser.waitUntil(d2 -> address(browser).contains("price=100"), "the address carries the number");

                type(browser, "category", "Gizmo");
                awaitScalar(browser, categoryCard, count("SELECT count(*) FROM products WHERE category = 'Gizmo'"));
                browser.waitUntil(d2 -> "Gizmo".equals(emphasis(browser, text)), "the text card shows the value");
                type(browser, "category", "Widget");
                awaitScalar(browser, categoryCard, count("SELECT count(*) FROM products WHERE category = 'Widget'"));
                browser.waitUntil(d2 -> "Widget".equals(emphasis(browser, text)), "and follows its change");
                assertEquals(count("SELECT count(*) FROM products WHERE price >= 100"), scalar(browser, priceCard),
                        "the price card keeps its own filter");
                browser.screenshot("DashboardFeaturesBrowserIT-overview");

                browser.waitFor("#dashboardTabs [data-tab=orders]").click();
                browser.waitUntil(d2 -> address(browser).contains("tab=orders"), "the tab is in the address");
                awaitCards(browser, peopleCard);
                assertEquals(Set.of(peopleCard), gridCards(browser), "the second tab shows only its card");
                assertEquals(count("SELECT count(*) FROM orders"), scalar(browser, peopleCard));
                List<Integer> people = ints("SELECT DISTINCT person_id FROM orders ORDER BY 1 LIMIT 3");
                type(browser, "people", people.stream().map(String::valueOf).collect(Collectors.joining(", ")));
                double orders = count("SELECT count(*) FROM orders WHERE person_id IN (" + people.stream()
                        .map(String::valueOf).collect(Collectors.joining(",")) + ")");
                awaitScalar(browser, peopleCard, orders);
                browser.waitUntil(d2 -> address(browser).contains("people=" + people.get(0)), "ids in the address");

                browser.driver.navigate().refresh();
                awaitCards(browser, peopleCard);
                assertEquals("true", browser.waitFor("#dashboardTabs [data-tab=orders]").getAttribute("aria-selected"),
                        "a reload keeps the tab");
                assertEquals(Set.of(peopleCard), gridCards(browser));
                assertEquals(orders, scalar(browser, peopleCard), "and the id filter");
                assertEquals("100", browser.waitFor("[data-filter-id=price] .iq-dash-filter-input")
                        .getAttribute("value"), "and the number filter");
                browser.screenshot("DashboardFeaturesBrowserIT-second-tab");

                browser.waitFor("#dashboardTabs [data-tab=overview]").click();
                awaitCards(browser, text, priceCard, categoryCard);
                assertEquals(Set.of(heading, text, link, priceCard, categoryCard), gridCards(browser));
                assertFalse(address(browser).contains("tab="), address(browser));
                assertEquals(count("SELECT count(*) FROM products WHERE price >= 100"), scalar(browser, priceCard));
            });
        }
    }

    @Test
    void aLinkedFilterFetchesItsChoicesAgainWhenItsParentChanges() throws Exception {
        try (Acme acme = new Acme(); Browser browser = new Browser()) {
            long q = acme.question("People by place", "SELECT count(*) AS people FROM people WHERE true"
                    + " [[AND country IN ({{country}})]] [[AND city IN ({{city}})]]", "number",
                    param("country", "text-list"), param("city", "text-list"));
            long country = acme.column("people", "country");
            long city = acme.column("people", "city");
            JsonObject d = acme.dashboard(body("Places " + acme.nonce)
                    .add("filters", Json.createArrayBuilder()
                            .add(filter("country", "Country", "category").add("columnId", country))
                            .add(filter("city", "City", "category").add("columnId", city)
                                    .add("linkedTo", Json.createArrayBuilder().add("country"))))
                    .add("cards", Json.createArrayBuilder().add(questionCard(q, 0, 0, 12, 4)
                            .add("mappings", Json.createArrayBuilder()
                                    .add(Json.createObjectBuilder().add("filterId", "country").add("parameter", "country"))
                                    .add(Json.createObjectBuilder().add("filterId", "city").add("parameter", "city"))))));
            long id = d.getJsonNumber("id").longValue();
            long card = cardOf(d, q);
            // Names without quotes, as they go into CSS selectors and SQL below.
            String chosen = strings("SELECT country FROM people WHERE country NOT LIKE '%''%'"
                    + " GROUP BY 1 HAVING count(DISTINCT city) > 1 ORDER BY count(DISTINCT city), 1 LIMIT 1").get(0);
            Set<String> itsCities = new TreeSet<>(strings("SELECT DISTINCT city FROM people WHERE country = '"
                    + chosen + "'"));

            run(browser, "linked", () -> {
                signIn(browser);
                browser.open("/t/acme/dashboard/" + id);
                awaitCards(browser, card);
                assertEquals(count("SELECT count(*) FROM people"), scalar(browser, card));

                Set<String> before = choices(browser, "city");
                assertTrue(before.stream().anyMatch(c -> !itsCities.contains(c)),
                        "before: cities of other countries too");
                click(browser, "[data-filter-id=city] .iq-dash-filter-toggle"); // closes the list

                click(browser, "[data-filter-id=country] .iq-dash-filter-toggle");
                click(browser, "[data-filter-id=country] .iq-dash-choice input[value='" + chosen + "']");
                click(browser, "[data-filter-id=country] .iq-dash-filter-apply");
                awaitScalar(browser, card, count("SELECT count(*) FROM people WHERE country = '"
                        + chosen + "'"));

                assertEquals(itsCities, choices(browser, "city"), "after: only the cities of " + chosen);
                assertTrue(browser.loadedResources().stream().map(r -> URLDecoder.decode(r, StandardCharsets.UTF_8)
                        .replace('+', ' ')).anyMatch(r -> r.contains("/filters/city/choices?")
                        && r.contains("country=" + chosen)), "fetched again with the parent's value");
                browser.screenshot("DashboardFeaturesBrowserIT-linked");
                String one = itsCities.stream().filter(c -> !c.contains("'")).findFirst().orElseThrow();
                click(browser, "[data-filter-id=city] .iq-dash-choice input[value='" + one + "']");
                click(browser, "[data-filter-id=city] .iq-dash-filter-apply");
                awaitScalar(browser, card, count("SELECT count(*) FROM people WHERE country = '"
                        + chosen + "' AND city = '" + one + "'"));
            });
        }
    }

    @Test
    void clickActionsOpenAUrlADashboardAndAQuestionWithTheClickedValue() throws Exception {
        try (Acme acme = new Acme(); Browser browser = new Browser()) {
            long statuses = acme.question("Orders by status", "SELECT status, count(*) AS orders FROM orders"
                    + " GROUP BY 1 ORDER BY 1", "table");
            long categories = acme.question("Products by category", "SELECT category, count(*) AS products"
                    + " FROM products GROUP BY 1 ORDER BY 1", "table");
            long ordersOf = acme.question("Orders of a status", "SELECT count(*) AS orders FROM orders WHERE true"
                    + " [[AND status = {{status}}]]", "number", param("status", "text"));
            long productsOf = acme.question("Products of a category (target)", "SELECT count(*) AS products"
                    + " FROM products WHERE true [[AND category = {{cat}}]]", "number", param("cat", "text"));
            JsonObject target = acme.dashboard(body("Click target " + acme.nonce)
                    .add("filters", Json.createArrayBuilder().add(filter("category", "Category", "text")))
                    .add("cards", Json.createArrayBuilder().add(questionCard(productsOf, 0, 0, 12, 4)
                            .add("mappings", mapping("category", "cat")))));
            long targetId = target.getJsonNumber("id").longValue();
            long targetCard = cardOf(target, productsOf);
            String outside = Api.BASE.replaceAll("/[^/]+$", "") + "/health?category={{category}}";
            JsonObject d = acme.dashboard(body("Clicks " + acme.nonce)
                    .add("cards", Json.createArrayBuilder()
                            .add(questionCard(statuses, 0, 0, 8, 5).add("click", Json.createObjectBuilder()
                                    .add("action", "question").add("targetId", ordersOf)
                                    .add("pass", Json.createObjectBuilder().add("status", "status"))))
                            .add(questionCard(categories, 8, 0, 8, 5).add("click", Json.createObjectBuilder()
                                    .add("action", "dashboard").add("targetId", targetId)
                                    .add("pass", Json.createObjectBuilder().add("category", "category"))))
                            .add(questionCard(categories, 16, 0, 8, 5).add("title", "Search the category")
                                    .add("click", Json.createObjectBuilder().add("action", "url")
                                            .add("url", outside)))));
            long id = d.getJsonNumber("id").longValue();
            long toQuestion = cardOf(d, statuses);
            long toDashboard = card(d, c -> c.getJsonNumber("questionId").longValue() == categories
                    && text(c, "title") == null);
            long toUrl = card(d, c -> "Search the category".equals(text(c, "title")));
            assertNotEquals(toDashboard, toUrl);
            List<String> categoryNames = strings("SELECT DISTINCT category FROM products ORDER BY 1");
            List<String> statusNames = strings("SELECT DISTINCT status FROM orders ORDER BY 1");

            run(browser, "clicks", () -> {
                signIn(browser);
                String page = "/t/acme/dashboard/" + id;
                browser.open(page);
                awaitCards(browser, toQuestion, toDashboard, toUrl);

                String home = browser.driver.getWindowHandle();
                Set<String> before = browser.driver.getWindowHandles();
                clickRow(browser, toUrl, 1);
                browser.waitUntil(d2 -> d2.getWindowHandles().size() > before.size(), "the URL opens in a new tab");
                String opened = browser.driver.getWindowHandles().stream().filter(h -> !before.contains(h))
                        .findFirst().orElseThrow();
                browser.driver.switchTo().window(opened);
                String expectedUrl = outside.replace("{{category}}", categoryNames.get(1));
                browser.waitUntil(d2 -> expectedUrl.equals(d2.getCurrentUrl()), "the URL carries the clicked value: "
                        + expectedUrl);
                browser.driver.close();
                browser.driver.switchTo().window(home);

                clickRow(browser, toDashboard, 2);
                browser.waitUntil(d2 -> d2.getCurrentUrl().contains("/dashboard/" + targetId), "the dashboard opens");
                assertTrue(address(browser).endsWith("?category=" + categoryNames.get(2)), address(browser));
                awaitCards(browser, targetCard);
                assertEquals(categoryNames.get(2), browser.waitFor("[data-filter-id=category] .iq-dash-filter-input")
                        .getAttribute("value"), "the value arrives in its filter");
                assertEquals(count("SELECT count(*) FROM products WHERE category = '" + categoryNames.get(2) + "'"),
                        scalar(browser, targetCard), "and narrows its card");

                browser.open(page);
                awaitCards(browser, toQuestion);
                clickRow(browser, toQuestion, 0);
                String status = statusNames.get(0);
                browser.waitUntil(d2 -> d2.getCurrentUrl().contains("question.xhtml?id=" + ordersOf),
                        "the question opens");
                assertTrue(address(browser).endsWith("&status=" + status), address(browser));
                assertEquals(status, browser.waitFor("[data-variable=status] input").getAttribute("value"),
                        "the clicked value fills its parameter");
                double expected = count("SELECT count(*) FROM orders WHERE status = '" + status + "'");
                browser.waitUntil(d2 -> js(browser, "var v = document.querySelector("
                        + "'#questionVizScalar .iq-viz-scalar-value, #questionTable tbody td[data-raw]');"
                        + " return v ? Number(v.getAttribute('data-raw')) : null;") instanceof Number n
                        && n.doubleValue() == expected, "and the question answers for it: " + expected);
                browser.screenshot("DashboardFeaturesBrowserIT-question-opened");
            });
        }
    }

    @Test
    void tvModeTurnsDarkAndTheAutoRefreshTimerReloadsTheCards() throws Exception {
        try (Acme acme = new Acme(); Browser browser = new Browser()) {
            long q = acme.question("Products, never cached", "SELECT count(*) AS products FROM products", "number");
            JsonObject d = acme.dashboard(body("Wall " + acme.nonce).add("autoRefreshMinutes", 5)
                    .add("cards", Json.createArrayBuilder().add(questionCard(q, 0, 0, 12, 4))));
            long id = d.getJsonNumber("id").longValue();
            long card = cardOf(d, q);

            run(browser, "tv", () -> {
                signIn(browser);
                ((ChromeDriver) browser.driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                        Map.of("source", TIMERS));
                browser.open("/t/acme/dashboard/" + id);
                awaitCards(browser, card);
                assertEquals("5", new Select(browser.waitFor("#dashboardAutoRefresh")).getFirstSelectedOption()
                        .getAttribute("value"), "the dashboard's setting is shown");
                assertEquals(List.of(300_000L), timers(browser), "and its timer runs every five minutes");

                String runs = "return window.__iqRuns;";
                long requests = ((Number) js(browser, runs)).longValue();
                assertTrue(requests >= 1, "the page ran its cards once");
                String updated = browser.waitFor("[data-card-id='" + card + "'] .iq-dash-updated")
                        .getAttribute("data-updated-at");
                assertFalse(browser.waitFor("[data-card-id='" + card + "'] .iq-dash-updated").getText().isBlank(),
                        "the card says when it was updated");
                Thread.sleep(1100);
                assertEquals("loading", js(browser, "var t = window.__iqTimers.filter(function (t) {"
                        + " return t.active; })[0]; t.fn(); return InsightIQ.dashboard.cardState(arguments[0]);",
                        card), "the timer reloads the card");
                awaitCards(browser, card);
                browser.waitUntil(d2 -> ((Number) js(browser, runs)).longValue() == requests + 1,
                        "one more run request");
                browser.waitUntil(d2 -> !updated.equals(d2.findElement(By.cssSelector("[data-card-id='" + card
                        + "'] .iq-dash-updated")).getAttribute("data-updated-at")), "a newer answer");
                assertEquals(count("SELECT count(*) FROM products"), scalar(browser, card));

                new Select(browser.waitFor("#dashboardAutoRefresh")).selectByValue("1");
                assertEquals(List.of(60_000L), timers(browser), "one minute replaces five");
                new Select(browser.waitFor("#dashboardAutoRefresh")).selectByValue("0");
                assertEquals(List.of(), timers(browser), "off: no timer");

                assertFalse(bodyClasses(browser).contains("iq-dark"), "light before");
                click(browser, "#dashboardFullscreen");
                browser.waitUntil(d2 -> bodyClasses(browser).containsAll(List.of("iq-dash-tv", "iq-dark")),
                        "TV mode");
                assertEquals("true", browser.waitFor("#dashboardFullscreen").getAttribute("aria-pressed"));
                assertEquals("rgb(15, 23, 42)", js(browser, "return getComputedStyle(document.body).backgroundColor;"),
                        "the dark theme's background");
                assertEquals(Boolean.TRUE, js(browser, "var s = document.querySelector('.iq-sidebar');"
                        + " return !s || getComputedStyle(s).display === 'none';"), "no sidebar");
                assertEquals("ok", state(browser, card));
                assertEquals(count("SELECT count(*) FROM products"), scalar(browser, card), "the card is redrawn");
                browser.screenshot("DashboardFeaturesBrowserIT-tv");
                browser.driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
                browser.waitUntil(d2 -> !bodyClasses(browser).contains("iq-dash-tv")
                        && !bodyClasses(browser).contains("iq-dark"), "Escape leaves TV mode and its theme");
                assertEquals("false", browser.waitFor("#dashboardFullscreen").getAttribute("aria-pressed"));
            });
        }
    }

    @Test
    void theEmbedPageShowsItsCardsWithTheLockedFilterWithoutSignIn() throws Exception {
        try (DashboardTenant t = DashboardTenant.create("dfembed"); Browser browser = new Browser()) {
            long q = t.regionQuestion("By region");
            JsonObject d = t.createDashboard(body("Embedded sales")
                    .add("filters", Json.createArrayBuilder().add(filter("region", "Region", "text"))
                            .add(filter("note", "Note", "text")))
                    .add("cards", Json.createArrayBuilder()
                            .add(questionCard(q, 0, 0, 12, 4).add("mappings", mapping("region", "region")))
                            .add(textCard("Sales in *{{region}}*", 12, 0, 12, 4))));
            long id = d.getJsonNumber("id").longValue();
            long card = cardOf(d, q);
            long text = card(d, c -> "text".equals(c.getString("kind")));
            String secret = t.admin.get("/t/" + t.slug + "/api/v1/settings/embedding-secret").json()
                    .getString("secret");
            Api.Reply on = t.admin.put(t.dashboard(id) + "/embedding", "{\"enabled\":true}");
            assertEquals(200, on.status(), on::toString);
            String jwt = SharingTenant.hs256(EmbedIT.claims(t.slug, id, "{\"region\":\"north\"}", 600), secret);

            run(browser, "embed", () -> {
                browser.open("/embed/dashboard/" + jwt + "?region=south");
                awaitCards(browser, card, text);
                assertFalse(browser.driver.getCurrentUrl().contains("sign-in"), "no sign-in");
                assertTrue(browser.driver.findElements(By.id("sidebar")).isEmpty(), "no shell");
                assertEquals("Embedded sales", browser.waitFor("#dashboardName").getText());
                assertTrue(browser.driver.findElements(By.cssSelector("[data-filter-id=region]")).isEmpty(),
                        "the locked filter is hidden");
                browser.waitFor("[data-filter-id=note] .iq-dash-filter-input");
                assertEquals(List.of(List.of("north", "30")), tableRows(browser, card),
                        "the locked value wins over the address");
                assertEquals("north", emphasis(browser, text), "the text card shows the locked value");
                assertTrue(browser.driver.findElements(By.cssSelector("[data-card-id='" + card
                        + "'] .iq-dash-card-title a")).isEmpty(), "no way into the tenant");
                browser.screenshot("DashboardFeaturesBrowserIT-embed");

                browser.open("/embed/dashboard/" + SharingTenant.hs256(EmbedIT.claims(t.slug, id,
                        "{\"region\":\"north\"}", 600), secret + "x"));
                browser.waitFor("#dashboardMissing");
            });
        }
    }

    @Test
    void theCuratorsMenuRestoresARevisionSharesAndDuplicates() throws Exception {
        try (Acme acme = new Acme(); Browser browser = new Browser()) {
            String name = "Curated " + acme.nonce;
            JsonObject d = acme.dashboard(body(name).add("cards", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("kind", "heading").add("text", "First version")
                            .add("col", 0).add("row", 0).add("width", 24).add("height", 1))));
            long id = d.getJsonNumber("id").longValue();
            Api.Reply renamed = acme.admin.put(API + "/dashboards/" + id, body(name + " renamed")
                    .add("version", d.getInt("version")).build().toString());
            assertEquals(200, renamed.status(), renamed::toString);
            List<JsonObject> revisions = acme.admin.get(API + "/dashboards/" + id + "/revisions").array()
                    .getValuesAs(JsonObject.class);
            int oldest = revisions.stream().mapToInt(r -> r.getInt("number")).min().orElseThrow();

            run(browser, "menu", () -> {
                signIn(browser);
                browser.open("/t/acme/dashboard/" + id);
                browser.waitUntil(d2 -> (name + " renamed").equals(d2.findElement(By.id("dashboardName")).getText()),
                        "the renamed dashboard");
                assertTrue(gridCards(browser).isEmpty(), "without cards");

                menu(browser, "revisions");
                browser.waitUntil(d2 -> d2.findElements(By.cssSelector("#dashboardRevisions .iq-dash-revision")).size()
                        == revisions.size(), "every revision is listed");
                click(browser, "#dashboardRevisions [data-revision='" + oldest + "']");
                browser.waitUntil(d2 -> name.equals(d2.findElement(By.id("dashboardName")).getText()),
                        "the oldest revision is drawn again");
                assertEquals("First version", browser.waitFor(".iq-dash-heading-text").getText());
                assertEquals(name, acme.admin.get(API + "/dashboards/" + id).json().getString("name"), "and stored");

                menu(browser, "share");
                click(browser, "[id='dashboardShareForm:createPublicLink']");
                WebElement link = browser.waitFor("#publicLinkUrl");
                JsonObject shared = acme.admin.get(API + "/dashboards/" + id).json();
                assertTrue(text(shared, "publicToken") != null, shared.toString());
                assertTrue(link.getAttribute("value").endsWith("/public/dashboard/" + shared.getString("publicToken")),
                        link.getAttribute("value"));
                click(browser, "[id='dashboardShareForm:enableEmbedding']");
                browser.waitFor("[id='dashboardShareForm:disableEmbedding']");
                assertTrue(acme.admin.get(API + "/dashboards/" + id).json().getBoolean("embeddingEnabled"));
                browser.screenshot("DashboardFeaturesBrowserIT-share");
                js(browser, "PF('dashboardShareDialog').hide();");

                menu(browser, "duplicate");
                browser.waitUntil(d2 -> d2.getCurrentUrl().matches(".*/dashboard/\\d+.*")
                        && !d2.getCurrentUrl().matches(".*/dashboard/" + id + "(\\D.*)?$"), "the copy opens");
                long copy = Long.parseLong(browser.driver.getCurrentUrl().replaceAll("^.*/dashboard/(\\d+).*$", "$1"));
                acme.dashboards.add(copy);
                browser.waitUntil(d2 -> d2.findElement(By.id("dashboardName")).getText().startsWith(name)
                        && !d2.findElement(By.id("dashboardName")).getText().equals(name), "named as a copy");
                assertEquals("First version", browser.waitFor(".iq-dash-heading-text").getText(), "with the cards");
                JsonObject stored = acme.admin.get(API + "/dashboards/" + copy).json();
                assertEquals(browser.driver.findElement(By.id("dashboardName")).getText(), stored.getString("name"));
            });
        }
    }

    // ------------------------------------------------------------------ fixtures

    /** Questions and dashboards of one test in acme (unique names), deleted when closed. */
    private static final class Acme implements AutoCloseable {
        final Api admin = Api.platformAdmin();
        final String nonce = UUID.randomUUID().toString().substring(0, 8);
        final long sample;
        final List<Long> questions = new ArrayList<>();
        final List<Long> dashboards = new ArrayList<>();

        Acme() {
            sample = admin.get(API + "/datasources").array().getValuesAs(JsonObject.class).stream()
                    .filter(s -> s.getString("name").equals("Sample Database")).findFirst()
                    .orElseThrow(() -> new AssertionError("acme has the sample database"))
                    .getJsonNumber("id").longValue();
        }

        /** A question (never cached, so every run asks the database) drawn as {@code type}. */
        long question(String name, String sql, String type, JsonObjectBuilder... parameters) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (JsonObjectBuilder p : parameters) {
                list.add(p);
            }
            Api.Reply created = admin.post(API + "/questions", Json.createObjectBuilder()
                    .add("name", name + " " + nonce).add("dataSourceId", sample).add("sql", sql)
                    .add("parameters", list).add("cacheTtlSeconds", 0)
                    .add("visualization", Json.createObjectBuilder().add("type", type)
                            .add("settings", Json.createObjectBuilder())).build().toString());
            assertEquals(201, created.status(), created::toString);
            long id = created.json().getJsonNumber("id").longValue();
            questions.add(id);
            return id;
        }

        JsonObject dashboard(JsonObjectBuilder body) {
            Api.Reply created = admin.post(API + "/dashboards", body.build().toString());
            assertEquals(201, created.status(), created::toString);
            dashboards.add(created.json().getJsonNumber("id").longValue());
            return created.json();
        }

        long column(String table, String column) {
            return Database.count("SELECT c.id FROM tenant_acme.catalog_column c JOIN tenant_acme.catalog_table t"
                    + " ON t.id = c.table_id WHERE t.data_source_id = ? AND t.name = ? AND c.name = ?", sample, table,
                    column);
        }

        @Override
        public void close() {
            for (long id : dashboards) {
                admin.delete(API + "/dashboards/" + id);
                admin.delete(API + "/dashboards/" + id + "?permanent=true");
            }
            for (long id : questions) {
                admin.delete(API + "/questions/" + id);
                admin.delete(API + "/questions/" + id + "?permanent=true");
            }
        }
    }

    private static JsonObjectBuilder param(String name, String type) {
        return Json.createObjectBuilder().add("name", name).add("type", type).add("label", name).add("required", false);
    }

    private static JsonObjectBuilder tab(String id, String name) {
        return Json.createObjectBuilder().add("id", id).add("name", name);
    }

    private static long card(JsonObject dashboard, Predicate<JsonObject> which) {
        return dashboard.getJsonArray("cards").getValuesAs(JsonObject.class).stream().filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("no such card in " + dashboard)).getJsonNumber("id").longValue();
    }

    private static long cardOf(JsonObject dashboard, long question) {
        return card(dashboard, c -> c.containsKey("questionId") && !c.isNull("questionId")
                && c.getJsonNumber("questionId").longValue() == question);
    }

    /** A string field of the API's JSON, null when absent or null. */
    private static String text(JsonObject json, String field) {
        return json.containsKey(field) && !json.isNull(field) ? json.getString(field) : null;
    }

    interface Steps {
        void run() throws Exception;
    }

    private static void run(Browser browser, String name, Steps steps) throws Exception {
        try {
            steps.run();
        } catch (Throwable failed) {
            browser.screenshot("DashboardFeaturesBrowserIT-" + name + "-failure");
            browser.consoleLog().forEach(System.out::println);
            throw failed;
        }
    }

    private static void signIn(Browser browser) {
        browser.signIn(System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
        browser.waitUntil(d -> !d.getCurrentUrl().contains("sign-in"), "signed in");
    }

    // ------------------------------------------------------------------ the sample database

    private static Connection sampleDatabase() throws Exception {
        String url = System.getProperty("it.db.url").replaceAll("/[^/?]+(\\?.*)?$", "/insightiq_sample");
        return DriverManager.getConnection(url, "insightiq", Database.password());
    }

    private static List<String> strings(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = sampleDatabase(); PreparedStatement st = c.prepareStatement(sql);
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static List<Integer> ints(String sql) throws Exception {
        return strings(sql).stream().map(Integer::valueOf).toList();
    }

    private static double count(String sql) throws Exception {
        return Double.parseDouble(strings(sql).get(0));
    }

    // ------------------------------------------------------------------ the page

    @SuppressWarnings("unchecked")
    private static Set<Long> gridCards(Browser browser) {
        return ((List<Object>) js(browser, "return Array.prototype.map.call(document.querySelectorAll("
                + "'#dashboardGrid .grid-stack-item[data-card-id]'), function (e) {"
                + " return Number(e.getAttribute('data-card-id')); });")).stream()
                .map(n -> ((Number) n).longValue()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static double scalar(Browser browser, long card) {
        return Double.parseDouble(browser.waitFor("#dashCard" + card + "Scalar .iq-viz-scalar-value")
                .getAttribute("data-raw"));
    }

    private static void awaitScalar(Browser browser, long card, double expected) {
        browser.waitUntil(d -> {
            if (!"ok".equals(state(browser, card))) {
                return false;
            }
            List<WebElement> value = d.findElements(By.cssSelector("#dashCard" + card
                    + "Scalar .iq-viz-scalar-value"));
            return !value.isEmpty() && expected == Double.parseDouble(value.get(0).getAttribute("data-raw"));
        }, "card " + card + " shows " + expected);
    }

    /** The text of the text card's emphasis (where the markdown shows a filter's value). */
    private static String emphasis(Browser browser, long card) {
        List<WebElement> em = browser.driver.findElements(By.cssSelector("[data-card-id='" + card
                + "'] .iq-dash-text em"));
        return em.isEmpty() ? "" : em.get(0).getText();
    }

    private static List<List<String>> tableRows(Browser browser, long card) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement row : browser.driver.findElements(By.cssSelector("#dashCard" + card + "Table tbody tr"))) {
            rows.add(row.findElements(By.cssSelector("td[data-raw]")).stream().map(td -> {
                String raw = td.getAttribute("data-raw");
                return raw.matches("-?\\d+(\\.\\d+)?") ? new java.math.BigDecimal(raw).stripTrailingZeros()
                        .toPlainString() : raw;
            }).toList());
        }
        return rows;
    }

    private static void type(Browser browser, String filterId, String value) {
        WebElement input = browser.waitFor("[data-filter-id=" + filterId + "] .iq-dash-filter-input");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }

    /** Opens a category filter's list and returns its choices once loaded. */
    @SuppressWarnings("unchecked")
    private static Set<String> choices(Browser browser, String filterId) {
        click(browser, "[data-filter-id=" + filterId + "] .iq-dash-filter-toggle");
        String box = "[data-filter-id=" + filterId + "] ";
        browser.waitUntil(d -> d.findElement(By.cssSelector(box + ".iq-dash-choices-status")).getText().isBlank()
                && !d.findElements(By.cssSelector(box + ".iq-dash-choice input")).isEmpty(), "choices of " + filterId);
        return new TreeSet<>((List<String>) js(browser, "return Array.prototype.map.call(document.querySelectorAll("
                + "arguments[0]), function (i) { return i.value; });", box + ".iq-dash-choice input"));
    }

    private static void clickRow(Browser browser, long card, int index) {
        WebElement row = browser.driver.findElements(By.cssSelector("#dashCard" + card + "Table tbody tr")).get(index);
        js(browser, "arguments[0].scrollIntoView({block: 'center'});", row);
        row.findElement(By.cssSelector("td")).click();
    }

    /** An item of the curators' menu ("More"), once no dialog's overlay is in the way. */
    private static void menu(Browser browser, String item) {
        By entry = By.cssSelector("a[id$=':" + item + "']");
        browser.waitUntil(d -> {
            try {
                if (d.findElements(entry).isEmpty() || !d.findElement(entry).isDisplayed()) {
                    d.findElement(By.id("dashboardActions:dashboardMenu_button")).click();
                }
                WebElement link = d.findElement(entry);
                if (!link.isDisplayed()) {
                    return false;
                }
                link.click();
                return true;
            } catch (org.openqa.selenium.WebDriverException notYet) {
                return false;
            }
        }, "the menu's " + item);
    }

    @SuppressWarnings("unchecked")
    private static List<String> bodyClasses(Browser browser) {
        return (List<String>) js(browser, "return Array.prototype.slice.call(document.body.classList);");
    }

    /** The periods of the page's active timers of a minute or more. */
    @SuppressWarnings("unchecked")
    private static List<Long> timers(Browser browser) {
        return ((List<Object>) js(browser, "return window.__iqTimers.filter(function (t) { return t.active; })"
                + ".map(function (t) { return t.ms; });")).stream().map(n -> ((Number) n).longValue()).toList();
    }

    private static String address(Browser browser) {
        return URLDecoder.decode(browser.driver.getCurrentUrl(), StandardCharsets.UTF_8);
    }

    private static void click(Browser browser, String css) {
        browser.click(css);
    }

    private static Object js(Browser browser, String script, Object... arguments) {
        return browser.js(script, arguments);
    }
}
