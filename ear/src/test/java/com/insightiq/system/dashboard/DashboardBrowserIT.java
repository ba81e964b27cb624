package com.insightiq.system.dashboard;

import static com.insightiq.system.dashboard.DashboardPage.awaitCards;
import static com.insightiq.system.dashboard.DashboardPage.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import com.insightiq.system.Browser;
import com.insightiq.system.Database;
import com.insightiq.system.SourceFixtures;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The dashboard page on acme's sample database: three question cards (bar, number, table) wired to a date and a
 * category filter, and a fourth card on a data source that is down. Each card's drawn numbers are compared with the
 * same SQL run over JDBC after every filter change (date range, categories chosen in the filter bar, a cross-filter
 * by clicking a bar); the address carries the filters and a reload reproduces the view; the broken card shows its
 * error while the others load. The public link opens without sign-in and is 404 once revoked.
 * Screenshots: {@code dashboard.png} (the README's) and {@code DashboardBrowserIT-<name>.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardBrowserIT {
    private static final String API = "/t/acme/api/v1";
    private static final String WHERE = " WHERE 1 = 1 [[AND created_at::date BETWEEN {{created}}]]"
            + " [[AND category IN ({{category}})]]";
    private static final String BARS = "SELECT category, count(*) AS products FROM products" + WHERE
            + " GROUP BY 1 ORDER BY 1";
    private static final String COUNT = "SELECT count(*) AS products FROM products" + WHERE;
    private static final String PRICES = "SELECT category, round(avg(price), 2) AS avg_price FROM products" + WHERE
            + " GROUP BY 1 ORDER BY 1";


    @Test
    void cardsFollowTheFiltersLoadOnTheirOwnAndTheAddressReproducesTheView() throws Exception {
        Api admin = Api.platformAdmin();
        List<String> cleanup = new ArrayList<>();
        SourceFixtures.Fixture down = SourceFixtures.postgres("dashdown");
        try (Browser browser = new Browser()) {
            try {
                run(admin, browser, down, cleanup);
            } catch (Throwable failed) {
                browser.screenshot("DashboardBrowserIT-failure");
                browser.consoleLog().forEach(System.out::println);
                throw failed;
            }
        } finally {
            for (String path : cleanup) {
                admin.delete(path);
                admin.delete(path + "?permanent=true");
            }
            down.close();
        }
    }

    private static void run(Api admin, Browser browser, SourceFixtures.Fixture down, List<String> cleanup)
            throws Exception {
        long sample = sampleSource(admin);
        long bars = question(admin, cleanup, sample, "Products per category", BARS, barChart());
        long count = question(admin, cleanup, sample, "Products", COUNT, Json.createObjectBuilder()
                .add("type", "number").add("settings", Json.createObjectBuilder()));
        long prices = question(admin, cleanup, sample, "Average price per category", PRICES,
                Json.createObjectBuilder().add("type", "table").add("settings", Json.createObjectBuilder()));
        down.execute("SELECT 1");
        Api.Reply source = admin.post(API + "/datasources", down.body("Down " + down.database()).build().toString());
        assertEquals(201, source.status(), source::toString);
        long downSource = source.json().getJsonNumber("id").longValue();
        cleanup.add(API + "/datasources/" + downSource);
        long broken = question(admin, cleanup, downSource, "On a source that is down", "SELECT 1 AS one",
                Json.createObjectBuilder().add("type", "number").add("settings", Json.createObjectBuilder()));
        cleanup.remove(API + "/datasources/" + downSource);
        cleanup.add(API + "/datasources/" + downSource);
        Database.execute("DROP DATABASE IF EXISTS " + down.database() + " WITH (FORCE)");

        JsonObject form = Json.createObjectBuilder().add("name", "Sample products " + System.nanoTime())
                .add("description", "Products of the sample shop by category")
                .add("filters", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("id", "created").add("name", "Created").add("type", "date"))
                        .add(Json.createObjectBuilder().add("id", "category").add("name", "Category")
                                .add("type", "category").add("columnId", categoryColumn(admin, sample))))
                .add("cards", Json.createArrayBuilder()
                        .add(card(bars, 0, 0, 12, 6, wired()).add("click", Json.createObjectBuilder()
                                .add("action", "filter").add("filterId", "category")))
                        .add(card(count, 12, 0, 6, 3, wired()))
                        .add(card(broken, 18, 0, 6, 3, Json.createArrayBuilder()))
                        .add(card(prices, 12, 3, 12, 6, wired())))
                .build();
        Api.Reply created = admin.post(API + "/dashboards", form.toString());
        assertEquals(201, created.status(), created::toString);
        JsonObject dashboard = created.json();
        long id = dashboard.getJsonNumber("id").longValue();
        cleanup.add(0, API + "/dashboards/" + id);
        Map<Long, Long> cards = new LinkedHashMap<>();
        dashboard.getJsonArray("cards").getValuesAs(JsonObject.class)
                .forEach(c -> cards.put(c.getJsonNumber("questionId").longValue(), c.getJsonNumber("id").longValue()));

        browser.signIn(System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
        browser.waitUntil(d -> !d.getCurrentUrl().contains("sign-in"), "signed in");
        browser.open("/t/acme/dashboard/" + id);
        awaitCards(browser, cards.get(bars), cards.get(count), cards.get(prices));
        browser.waitUntil(d -> "error".equals(state(browser, cards.get(broken))), "the broken card shows its error");
        String error = browser.driver.findElement(By.cssSelector("[data-card-id='" + cards.get(broken)
                + "'] .iq-dash-card-error")).getText();
        assertFalse(error.isBlank(), "a sentence, not an empty box");
        assertFalse(browser.driver.findElements(By.cssSelector("[data-card-id='" + cards.get(broken)
                + "'] .iq-dash-retry")).isEmpty(), "with a retry button");
        compare(browser, cards, bars, count, prices, null, null);
        browser.screenshot("dashboard");

        // The date filter: an absolute range from the filter bar.
        String[] range = middleHalf();
        js(browser, "var box = document.querySelector('[data-filter-id=created]');"
                + "var s = box.querySelector('.iq-dash-date-preset'); s.value = 'custom';"
                + "s.dispatchEvent(new Event('change'));"
                + "var f = box.querySelector('.iq-dash-date-from'); f.value = arguments[0];"
                + "f.dispatchEvent(new Event('change'));"
                + "var t = box.querySelector('.iq-dash-date-to'); t.value = arguments[1];"
                + "t.dispatchEvent(new Event('change'));", range[0], range[1]);
        awaitCards(browser, cards.get(bars), cards.get(count), cards.get(prices));
        browser.waitUntil(d -> address(browser).contains("created=" + range[0] + "~" + range[1]),
                "the address carries the date range");
        compare(browser, cards, bars, count, prices, range, null);

        // The category filter: two categories ticked in its list of choices.
        List<String> all = new ArrayList<>(sampleCounts(BARS, null, null).keySet());
        List<String> chosen = List.of(all.get(0), all.get(all.size() - 1));
        click(browser, "[data-filter-id=category] .iq-dash-filter-toggle");
        for (String value : chosen) {
            click(browser, "[data-filter-id=category] .iq-dash-choice input[value='" + value + "']");
        }
        click(browser, "[data-filter-id=category] .iq-dash-filter-apply");
        browser.waitUntil(d -> address(browser).contains("category=" + chosen.get(1)),
                "the address carries the categories");
        awaitCards(browser, cards.get(bars), cards.get(count), cards.get(prices));
        compare(browser, cards, bars, count, prices, range, chosen);
        assertTrue(unfiltered(browser, cards.get(broken)).contains("created"),
                "the card no filter reaches is marked");

        // A copied link reproduces the view.
        String link = browser.driver.getCurrentUrl();
        browser.driver.navigate().to(link);
        awaitCards(browser, cards.get(bars), cards.get(count), cards.get(prices));
        compare(browser, cards, bars, count, prices, range, chosen);

        // Cross-filter: clicking a bar sets the category filter to that bar's category.
        String clicked = labels(browser, cards.get(bars)).get(0);
        browser.waitUntil(d -> {
            js(browser, "InsightIQ.charts.click(arguments[0], 0, 0);", "dashCard" + cards.get(bars));
            return address(browser).endsWith("category=" + clicked) || address(browser).contains("category="
                    + clicked + "&");
        }, "a click on the first bar filters the dashboard by its category");
        awaitCards(browser, cards.get(bars), cards.get(count), cards.get(prices));
        // the cards were loaded before the click too: wait for the redraw the new filter causes, not any loaded state
        browser.waitUntil(d -> {
            try {
                return labels(browser, cards.get(bars)).equals(List.of(clicked));
            } catch (RuntimeException notDrawnYet) {
                return false;
            }
        }, "the bars redrawn for the clicked category");
        awaitCards(browser, cards.get(bars), cards.get(count), cards.get(prices));
        compare(browser, cards, bars, count, prices, range, List.of(clicked));
        browser.screenshot("DashboardBrowserIT-cross-filtered");
    }

    @Test
    void thePublicLinkOpensWithoutSignInShowsOnlyItsDashboardAndIsGoneOnceRevoked() throws Exception {
        Api admin = Api.platformAdmin();
        List<String> cleanup = new ArrayList<>();
        try (Browser browser = new Browser()) {
            try {
                long sample = sampleSource(admin);
                long bars = question(admin, cleanup, sample, "Products per category (public)", BARS,
                        barChart());
                JsonObject form = Json.createObjectBuilder().add("name", "Public products " + System.nanoTime())
                        .add("cards", Json.createArrayBuilder().add(card(bars, 0, 0, 12, 6, Json.createArrayBuilder())))
                        .build();
                Api.Reply created = admin.post(API + "/dashboards", form.toString());
                assertEquals(201, created.status(), created::toString);
                long id = created.json().getJsonNumber("id").longValue();
                long card = created.json().getJsonArray("cards").getJsonObject(0).getJsonNumber("id").longValue();
                cleanup.add(0, API + "/dashboards/" + id);

                Api.Reply shared = admin.post(API + "/dashboards/" + id + "/public-link", "{}");
                assertTrue(shared.status() == 200 || shared.status() == 201, shared::toString);
                String token = shared.json().getString("token");
                browser.open("/public/dashboard/" + token);
                awaitCards(browser, card);
                assertFalse(browser.driver.getCurrentUrl().contains("sign-in"), "no sign-in");
                assertTrue(browser.driver.findElements(By.id("sidebar")).isEmpty(), "no shell, no way elsewhere");
                assertEquals(form.getString("name"), browser.driver.findElement(By.id("dashboardName")).getText());
                Map<String, Double> expected = sampleCounts(BARS, null, null);
                assertEquals(List.copyOf(expected.keySet()), labels(browser, card), "the public chart's bars");
                assertEquals(List.copyOf(expected.values()), values(browser, card), "and their counts");
                browser.screenshot("DashboardBrowserIT-public");

                Api.Reply revoked = admin.delete(API + "/dashboards/" + id + "/public-link");
                assertTrue(revoked.status() == 200 || revoked.status() == 204, revoked::toString);
                assertEquals(404, Api.anonymous().get("/public/dashboard/" + token).status(), "revoked: 404");
                browser.driver.navigate().refresh();
                browser.waitFor("#dashboardMissing");
            } catch (Throwable failed) {
                browser.screenshot("DashboardBrowserIT-public-failure");
                browser.consoleLog().forEach(System.out::println);
                throw failed;
            }
        } finally {
            for (String path : cleanup) {
                admin.delete(path);
                admin.delete(path + "?permanent=true");
            }
        }
    }

    // ------------------------------------------------------------------ fixtures

    private static long sampleSource(Api admin) {
        return admin.get(API + "/datasources").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals("Sample Database")).findFirst()
                .orElseThrow(() -> new AssertionError("acme has the sample database")).getJsonNumber("id").longValue();
    }

    private static JsonObjectBuilder barChart() {
        return Json.createObjectBuilder().add("type", "bar").add("settings", Json.createObjectBuilder()
                .add("dimension", "category").add("metrics", Json.createArrayBuilder().add("products")));
    }

    private static long question(Api admin, List<String> cleanup, long source, String name, String sql,
                                 JsonObjectBuilder visualization) {
        JsonArrayBuilder parameters = Json.createArrayBuilder();
        if (sql.contains("{{created}}")) {
            parameters.add(Json.createObjectBuilder().add("name", "created").add("type", "date-range")
                    .add("required", false));
            parameters.add(Json.createObjectBuilder().add("name", "category").add("type", "text-list")
                    .add("required", false));
        }
        Api.Reply created = admin.post(API + "/questions", Json.createObjectBuilder().add("name", name)
                .add("dataSourceId", source).add("sql", sql).add("parameters", parameters)
                .add("visualization", visualization).build().toString());
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        cleanup.add(API + "/questions/" + id);
        return id;
    }

    private static JsonObjectBuilder card(long question, int col, int row, int width, int height,
                                          JsonArrayBuilder mappings) {
        return Json.createObjectBuilder().add("kind", "question").add("questionId", question).add("col", col)
                .add("row", row).add("width", width).add("height", height).add("mappings", mappings);
    }

    /** Both filters onto the question's variables of the same names (a builder empties itself when built). */
    private static JsonArrayBuilder wired() {
        return Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("filterId", "created").add("parameter", "created"))
                .add(Json.createObjectBuilder().add("filterId", "category").add("parameter", "category"));
    }

    private static long categoryColumn(Api admin, long source) {
        JsonObject table = admin.get(API + "/datasources/" + source + "/tables").array().stream()
                .map(JsonValue::asJsonObject).filter(t -> t.getString("name").equals("products")).findFirst()
                .orElseThrow(() -> new AssertionError("the catalog lists products"));
        return admin.get(API + "/tables/" + table.getJsonNumber("id").longValue()).json().getJsonArray("columns")
                .stream().map(JsonValue::asJsonObject).filter(c -> c.getString("name").equals("category"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    // ------------------------------------------------------------------ the page

    private static String unfiltered(Browser browser, long card) {
        List<WebElement> marks = browser.driver.findElements(By.cssSelector("[data-card-id='" + card
                + "'] .iq-dash-unfiltered"));
        return marks.isEmpty() ? "" : marks.get(0).getAttribute("data-filters");
    }

    private static String address(Browser browser) {
        return URLDecoder.decode(browser.driver.getCurrentUrl(), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> chart(Browser browser, long card) {
        return (Map<String, Object>) js(browser, "return InsightIQ.charts.data(arguments[0]);", "dashCard" + card);
    }

    @SuppressWarnings("unchecked")
    private static List<String> labels(Browser browser, long card) {
        return ((List<Object>) chart(browser, card).get("labels")).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Double> values(Browser browser, long card) {
        List<Map<String, Object>> datasets = (List<Map<String, Object>>) chart(browser, card).get("datasets");
        return ((List<Object>) datasets.get(0).get("data")).stream().map(v -> ((Number) v).doubleValue()).toList();
    }

    /** Each card's drawn numbers against the same SQL over JDBC, with these filter values (null: not set). */
    private static void compare(Browser browser, Map<Long, Long> cards, long bars, long count, long prices,
                                String[] range, List<String> categories) throws Exception {
        Map<String, Double> expected = sampleCounts(BARS, range, categories);
        assertEquals(List.copyOf(expected.keySet()), labels(browser, cards.get(bars)), "one bar per category");
        assertEquals(List.copyOf(expected.values()), values(browser, cards.get(bars)), "each bar is the count");
        double total = expected.values().stream().mapToDouble(Double::doubleValue).sum();
        String scalar = browser.driver.findElement(By.cssSelector("#dashCard" + cards.get(count)
                + "Scalar .iq-viz-scalar-value")).getAttribute("data-raw");
        assertEquals(total, Double.parseDouble(scalar), 0.0001, "the number card counts the same products");
        Map<String, Double> averages = sampleCounts(PRICES, range, categories);
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#dashCard" + cards.get(prices)
                + "Table tbody tr"));
        Map<String, Double> drawn = new LinkedHashMap<>();
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.cssSelector("td[data-raw]"));
            if (cells.size() == 2) {
                drawn.put(cells.get(0).getAttribute("data-raw"), Double.parseDouble(cells.get(1).getAttribute("data-raw")));
            }
        }
        assertEquals(averages, drawn, "the table has the average price per category");
    }

    /** label → number of the sample database, with the question's optional clauses filled in as the filters say. */
    private static Map<String, Double> sampleCounts(String sql, String[] range, List<String> categories)
            throws Exception {
        String plain = sql.replace("[[AND created_at::date BETWEEN {{created}}]]",
                range == null ? "" : "AND created_at::date BETWEEN ?::date AND ?::date")
                .replace("[[AND category IN ({{category}})]]", categories == null ? ""
                        : "AND category = ANY (?)");
        Map<String, Double> rows = new LinkedHashMap<>();
        try (Connection c = sampleDatabase(); PreparedStatement st = c.prepareStatement(plain)) {
            int i = 1;
            if (range != null) {
                st.setString(i++, range[0]);
                st.setString(i++, range[1]);
            }
            if (categories != null) {
                st.setArray(i, c.createArrayOf("text", categories.toArray()));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), rs.getDouble(2));
                }
            }
        }
        return rows;
    }

    /** From the first to the third quartile of the products' creation days: some products in, some out. */
    private static String[] middleHalf() throws Exception {
        try (Connection c = sampleDatabase(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT percentile_disc(0.25) WITHIN GROUP (ORDER BY created_at::date)::text,"
                        + " percentile_disc(0.75) WITHIN GROUP (ORDER BY created_at::date)::text FROM products")) {
            rs.next();
            return new String[] {rs.getString(1), rs.getString(2)};
        }
    }

    private static Connection sampleDatabase() throws Exception {
        String url = System.getProperty("it.db.url").replaceAll("/[^/?]+(\\?.*)?$", "/insightiq_sample");
        return DriverManager.getConnection(url, "insightiq", Database.password());
    }

    private static void click(Browser browser, String css) {
        WebElement element = browser.waitFor(css);
        js(browser, "arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static Object js(Browser browser, String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, arguments);
    }
}
