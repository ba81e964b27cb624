package com.insightiq.system.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import com.insightiq.system.Browser;
import com.insightiq.system.Tenancy;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard page's edit mode on acme's sample database: a dashboard made through "+ New → Dashboard", three
 * saved questions added as cards by searching for them, a date and a category filter added and wired to the
 * questions' parameters in the page (one card left unwired per filter), saved and reloaded (REST and the page agree);
 * a card dragged and another resized, saved and reloaded (layout kept, in REST and in the grid); a save the server
 * refuses (overlapping cards) shows its sentence and keeps the edit; a viewer has no Edit button. Screenshot:
 * {@code dashboard-edit.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardEditBrowserIT {
    private static final String API = "/t/acme/api/v1";


    @Test
    void buildWireSaveRearrangeAndRefuseOverlaps() throws Exception {
        Api admin = Api.platformAdmin();
        String word = word();
        List<Long> questions = new ArrayList<>();
        long dashboard = 0;
        try (Browser browser = new Browser()) {
            try {
                long sample = sampleDatabase(admin);
                long orders = question(admin, questions, sample, word + " orders by status",
                        "SELECT status, count(*) AS orders FROM orders WHERE true"
                                + " [[AND created_at BETWEEN {{created}}]] GROUP BY 1 ORDER BY 1",
                        parameter("created", "date-range"));
                long products = question(admin, questions, sample, word + " products per category",
                        "SELECT category, count(*) AS products FROM products WHERE true"
                                + " [[AND created_at BETWEEN {{launched}}]] [[AND category = {{cat}}]]"
                                + " GROUP BY 1 ORDER BY 1",
                        parameter("launched", "date-range"), parameter("cat", "text"));
                long prices = question(admin, questions, sample, word + " average price",
                        "SELECT category, avg(price) AS price FROM products WHERE true"
                                + " [[AND category = {{category_name}}]] GROUP BY 1 ORDER BY 1",
                        parameter("category_name", "text"));

                browser.signIn(System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
                browser.waitUntil(d -> !d.getCurrentUrl().contains("sign-in"), "signed in");
                dashboard = create(browser, word + " sales board");
                String page = "/t/acme/dashboard/" + dashboard;

                addQuestions(browser, word, orders, products, prices);
                addFilter(browser, "Created", "date");
                wire(browser, orders, "created", "created");
                wire(browser, products, "created", "launched");
                browser.screenshot("dashboard-edit");
                addFilter(browser, "Category", "category");
                wire(browser, products, "category", "cat");
                wire(browser, prices, "category", "category_name");
                assertTrue(cardTools(browser, orders).contains("Category"), "the unwired filter is marked on the card");
                save(browser);

                JsonObject saved = admin.get(API + "/dashboards/" + dashboard).json();
                assertEquals(3, saved.getJsonArray("cards").size(), saved.toString());
                assertEquals(List.of("created:date", "category:category"), saved.getJsonArray("filters")
                        .getValuesAs(JsonObject.class).stream().map(f -> f.getString("id") + ":" + f.getString("type"))
                        .toList());
                Map<Long, String> wiring = wiring(saved);
                assertEquals("created=created", wiring.get(orders));
                assertEquals("category=cat,created=launched", wiring.get(products));
                assertEquals("category=category_name", wiring.get(prices));

                browser.open(page);
                awaitModel(browser);
                assertEquals(3L, js(browser, "return InsightIQ.dashboard.current().model.cards.length;"));
                assertEquals(2L, js(browser, "return InsightIQ.dashboard.current().model.filters.length;"));
                assertFalse(js(browser, "return location.search;").toString().contains("edit=true"),
                        "saving leaves the edit mode's address");

                // Layout: drag one card to the right, make another wider and taller.
                browser.waitFor("#editDashboard").click();
                browser.waitUntil(d -> Boolean.TRUE.equals(js(browser,
                        "return InsightIQ.dashboardEdit.isEditing();")), "edit mode again");
                Map<Long, List<Long>> before = gridLayout(browser);
                long moved = cardId(browser, orders);
                long resized = cardId(browser, prices);
                drag(browser, item(browser, moved), 500, 0);
                resize(browser, item(browser, resized), 150, 120);
                Map<Long, List<Long>> changed = gridLayout(browser);
                assertNotEquals(before.get(moved).subList(0, 2), changed.get(moved).subList(0, 2), "the card moved");
                assertTrue(changed.get(resized).get(2) > before.get(resized).get(2)
                        && changed.get(resized).get(3) > before.get(resized).get(3), "the card grew: " + changed);
                save(browser);
                Map<Long, List<Long>> stored = restLayout(admin.get(API + "/dashboards/" + dashboard).json());
                assertEquals(changed, stored, "the server keeps the layout the grid showed");
                browser.open(page);
                awaitModel(browser);
                assertEquals(stored, gridLayout(browser), "after a reload the grid shows it");

                // A save the server refuses keeps everything in the page.
                browser.waitFor("#editDashboard").click();
                browser.waitUntil(d -> Boolean.TRUE.equals(js(browser,
                        "return InsightIQ.dashboardEdit.isEditing();")), "edit mode for the overlap");
                // The grid never lets cards overlap: take one card out of the grid (not out of the model) and put
                // it on top of another in the model only.
                js(browser, "var d = InsightIQ.dashboardEdit.draft(); d.name = 'Kept after a refusal';"
                        + "var g = InsightIQ.dashboard.current().grid;"
                        + "g.removeWidget(g.getGridItems().filter(function (e) {"
                        + " return e.getAttribute('gs-id') == d.cards[1].id; })[0], true, false);"
                        + "d.cards[1].col = d.cards[0].col; d.cards[1].row = d.cards[0].row;");
                browser.waitFor("#editSave").click();
                WebElement problem = browser.waitFor("#dashboardEditProblem");
                browser.waitUntil(d -> !problem.getText().isBlank(), "the refusal is shown");
                assertTrue(problem.getText().toLowerCase().contains("overlap"), problem.getText());
                assertEquals(Boolean.TRUE, js(browser, "return InsightIQ.dashboardEdit.isEditing();"));
                assertEquals("Kept after a refusal", js(browser, "return InsightIQ.dashboardEdit.draft().name;"));
                assertEquals(3L, js(browser, "return InsightIQ.dashboardEdit.draft().cards.length;"));
                assertEquals(word + " sales board",
                        admin.get(API + "/dashboards/" + dashboard).json().getString("name"), "nothing was stored");
                browser.screenshot("dashboard-edit-refused");
                browser.waitFor("#editCancel").click();

                String viewer = "viewer-" + Tenancy.uniqueSlug("de").replace('_', '-') + "@acme.test";
                Tenancy.addMember(admin, "acme", viewer, "viewer");
                browser.driver.manage().deleteAllCookies();
                browser.signIn(viewer, Tenancy.PASSWORD);
                browser.waitUntil(d -> !d.getCurrentUrl().contains("sign-in"), "the viewer is signed in");
                browser.open(page);
                awaitModel(browser);
                assertTrue(browser.driver.findElements(By.id("editDashboard")).isEmpty(), "viewers see no Edit");
                assertTrue(browser.driver.findElements(By.cssSelector("[id='dashboardActions:dashboardMenu']"))
                        .isEmpty(), "nor the curators' menu");
            } catch (Throwable failed) {
                browser.screenshot("DashboardEditBrowserIT-failure");
                browser.consoleLog().forEach(System.out::println);
                throw failed;
            }
        } finally {
            if (dashboard > 0) {
                admin.delete(API + "/dashboards/" + dashboard);
                admin.delete(API + "/dashboards/" + dashboard + "?permanent=true");
            }
            for (long q : questions) {
                admin.delete(API + "/questions/" + q);
                admin.delete(API + "/questions/" + q + "?permanent=true");
            }
        }
    }

    private static long create(Browser browser, String name) {
        browser.open("/t/acme/collections.xhtml"); // any page with the top bar
        browser.waitFor("#newMenu").click();
        browser.waitFor("#newDashboard").click();
        browser.waitUntil(d -> d.findElement(By.id("newDashboardDialog")).isDisplayed(), "the dialog opens");
        browser.waitFor("[id='newDashboardForm:name']").sendKeys(name);
        browser.waitFor("[id='newDashboardForm:description']").sendKeys("Made by the edit mode's browser test");
        browser.waitFor("[id='newDashboardForm:createDashboard']").click();
        browser.waitForUrl("edit=true");
        String url = browser.driver.getCurrentUrl();
        long id = Long.parseLong(url.replaceAll("^.*/dashboard/(\\d+).*$", "$1"));
        browser.waitUntil(d -> Boolean.TRUE.equals(js(browser, "return !!(window.InsightIQ && InsightIQ.dashboardEdit"
                + " && InsightIQ.dashboardEdit.isEditing && InsightIQ.dashboardEdit.isEditing());")),
                "a new dashboard opens in edit mode");
        assertEquals(name, browser.waitFor("#editName").getAttribute("value"));
        return id;
    }

    private static void addQuestions(Browser browser, String word, long... ids) {
        browser.waitFor("#editAddQuestion").click();
        browser.waitFor("#editQuestionSearch").sendKeys(word);
        for (long id : ids) {
            browser.waitUntil(d -> {
                d.findElement(By.cssSelector(".iq-edit-hit[data-question-id='" + id + "']")).click();
                return cardId(browser, id) != 0;
            }, "question " + id + " is a card");
            browser.waitUntil(d -> Boolean.TRUE.equals(js(browser,
                    "return !!document.querySelector(\".grid-stack-item[gs-id='\" + arguments[0] + \"']\");",
                    cardId(browser, id))), "and drawn in the grid");
        }
        browser.waitFor("#editPanelClose").click();
    }

    private static void addFilter(Browser browser, String name, String type) {
        browser.waitFor("#editAddFilter").click();
        WebElement field = browser.waitFor("#editFilterName");
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), name);
        browser.waitUntil(d -> name.toLowerCase().equals(d.findElement(By.id("editFilterId")).getText()),
                "the filter's id follows its name");
        new Select(browser.waitFor("#editFilterType")).selectByValue(type);
    }

    /** Chooses, on the card of {@code question}, the parameter the selected filter sets. */
    private static void wire(Browser browser, long question, String filterId, String parameter) {
        long card = cardId(browser, question);
        String css = ".iq-edit-wire-select[data-card-id='" + card + "'][data-filter-id='" + filterId + "']";
        browser.waitUntil(d -> !d.findElements(By.cssSelector(css + " option[value='" + parameter + "']")).isEmpty(),
                "card " + card + " offers {{" + parameter + "}}");
        browser.waitUntil(d -> {
            new Select(d.findElement(By.cssSelector(css))).selectByValue(parameter);
            return Boolean.TRUE.equals(js(browser, "var q = arguments[0], f = arguments[1], p = arguments[2];"
                    + "return InsightIQ.dashboardEdit.draft().cards.some(function (c) { return c.id == q"
                    + " && c.mappings.some(function (m) { return m.filterId === f && m.parameter === p; }); });",
                    card, filterId, parameter));
        }, "card " + card + " takes {{" + parameter + "}} from " + filterId);
    }

    private static void save(Browser browser) {
        if (!browser.driver.findElements(By.cssSelector("#editPanelClose")).isEmpty()) {
            browser.waitFor("#editPanelClose").click();
        }
        browser.waitFor("#editSave").click();
        browser.waitUntil(d -> Boolean.FALSE.equals(js(browser, "return InsightIQ.dashboardEdit.isEditing();")),
                "saved: " + browser.driver.findElement(By.id("dashboardEditProblem")).getText());
    }

    private static void awaitModel(Browser browser) {
        browser.waitUntil(d -> Boolean.TRUE.equals(js(browser, "return !!(window.InsightIQ && InsightIQ.dashboard"
                + " && InsightIQ.dashboard.current() && InsightIQ.dashboard.current().model"
                + " && document.querySelectorAll('.grid-stack-item[gs-id]').length"
                + " === InsightIQ.dashboard.current().model.cards.length);")), "the dashboard is drawn");
    }

    private static long cardId(Browser browser, long question) {
        Object id = js(browser, "var q = arguments[0];"
                + "var d = InsightIQ.dashboardEdit.draft() || InsightIQ.dashboard.current().model;"
                + "var c = d.cards.filter(function (c) { return c.questionId == q; })[0];"
                + "return c ? c.id : 0;", question);
        return ((Number) id).longValue();
    }

    private static String cardTools(Browser browser, long question) {
        return browser.waitFor(".iq-edit-tools[data-card-id='" + cardId(browser, question) + "']").getText();
    }

    private static WebElement item(Browser browser, long card) {
        return browser.waitFor(".grid-stack-item[gs-id='" + card + "']");
    }

    private static void drag(Browser browser, WebElement item, int dx, int dy) {
        js(browser, "arguments[0].scrollIntoView({block: 'center'});", item);
        // Held at the card's left edge: the middle may be a link (the title) or a button (retry).
        int edge = -item.getSize().getWidth() / 2 + 8;
        new Actions(browser.driver).moveToElement(item, edge, 0).clickAndHold().moveByOffset(10, 0)
                .moveByOffset(dx / 2, dy / 2).moveByOffset(dx / 2 - 10, dy / 2).pause(200).release().perform();
    }

    /**
     * By the corner handle, with the mouse. The corner of a tall card may lie below the window: it is scrolled into
     * view and pressed where it is (hovering the card there shows the handle again); the pointer stays inside the
     * window all the way ("move target out of bounds" otherwise).
     */
    private static void resize(Browser browser, WebElement item, int dx, int dy) {
        js(browser, "arguments[0].scrollIntoView({block: 'center'});", item);
        new Actions(browser.driver).moveToElement(item).pause(100).perform();
        WebElement handle = item.findElement(By.cssSelector(".ui-resizable-se"));
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) js(browser, "var h = arguments[0], r = h.getBoundingClientRect();"
                + "if (r.bottom > window.innerHeight - 20 || r.top < 60) {"
                + "  window.scrollBy(0, r.top - window.innerHeight / 2); r = h.getBoundingClientRect(); }"
                + "return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2),"
                + " window.innerWidth, window.innerHeight];", handle);
        int x = at.get(0).intValue();
        int y = at.get(1).intValue();
        int right = Math.max(0, Math.min(dx, at.get(2).intValue() - x - 10));
        int down = Math.max(0, Math.min(dy, at.get(3).intValue() - y - 10));
        new Actions(browser.driver).moveToLocation(x - 12, y - 12).pause(100).moveToLocation(x, y).pause(100)
                .clickAndHold().moveByOffset(2, 2).moveByOffset(right / 2, down / 2)
                .moveByOffset(right - right / 2 - 2, down - down / 2 - 2).pause(200).release().perform();
    }

    /** Card id → [col, row, width, height] as the grid shows them. */
    @SuppressWarnings("unchecked")
    private static Map<Long, List<Long>> gridLayout(Browser browser) {
        List<List<Number>> rows = (List<List<Number>>) js(browser,
                "return InsightIQ.dashboard.current().grid.getGridItems().map(function (el) {"
                        + " var n = el.gridstackNode; return [Number(el.getAttribute('gs-id')), n.x, n.y, n.w, n.h]; });");
        Map<Long, List<Long>> layout = new TreeMap<>();
        rows.forEach(r -> layout.put(r.get(0).longValue(), r.subList(1, 5).stream().map(Number::longValue).toList()));
        return layout;
    }

    private static Map<Long, List<Long>> restLayout(JsonObject dashboard) {
        Map<Long, List<Long>> layout = new TreeMap<>();
        dashboard.getJsonArray("cards").getValuesAs(JsonObject.class).forEach(c -> layout.put(
                c.getJsonNumber("id").longValue(), List.of((long) c.getInt("col"), (long) c.getInt("row"),
                        (long) c.getInt("width"), (long) c.getInt("height"))));
        return layout;
    }

    /** Question id → "filter=parameter,…" (sorted) of its card. */
    private static Map<Long, String> wiring(JsonObject dashboard) {
        Map<Long, String> wiring = new TreeMap<>();
        dashboard.getJsonArray("cards").getValuesAs(JsonObject.class).forEach(c -> wiring.put(
                c.getJsonNumber("questionId").longValue(), c.getJsonArray("mappings").getValuesAs(JsonObject.class)
                        .stream().map(m -> m.getString("filterId") + "=" + m.getString("parameter")).sorted()
                        .collect(Collectors.joining(","))));
        return wiring;
    }

    private static long sampleDatabase(Api admin) {
        return admin.get(API + "/datasources").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals("Sample Database")).findFirst()
                .orElseThrow(() -> new AssertionError("acme has the sample database")).getJsonNumber("id").longValue();
    }

    private static long question(Api admin, List<Long> made, long source, String name, String sql,
                                 JsonObject... parameters) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObject p : parameters) {
            list.add(p);
        }
        Api.Reply created = admin.post(API + "/questions", Json.createObjectBuilder().add("name", name)
                .add("dataSourceId", source).add("sql", sql).add("parameters", list)
                .add("visualization", Json.createObjectBuilder().add("type", "table")
                        .add("settings", Json.createObjectBuilder())).build().toString());
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        made.add(id);
        return id;
    }

    private static JsonObject parameter(String name, String type) {
        return Json.createObjectBuilder().add("name", name).add("type", type).add("label", name).build();
    }

    /** A word no other question has, so the search finds exactly this test's questions. */
    private static String word() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("Quokka");
        for (int i = 0; i < 6; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static Object js(Browser browser, String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, arguments);
    }
}
