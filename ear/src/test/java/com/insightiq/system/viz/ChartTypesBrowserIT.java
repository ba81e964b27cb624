package com.insightiq.system.viz;

import static com.insightiq.system.viz.VizEditor.column;
import static com.insightiq.system.viz.VizEditor.numbers;
import static com.insightiq.system.viz.VizEditor.sample;
import static com.insightiq.system.viz.VizEditor.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import com.insightiq.system.Browser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every visualization type built in the SQL editor of a real browser from the sample database, and what it draws read
 * back from the Chart.js instance (or the table, pivot and number cards) against the same figures computed here with
 * SQL over JDBC; a screenshot per type in {@code target/screenshots/ChartTypesBrowserIT-<type>.png}. Then the dark
 * theme, the PNG download, drill-through and a {@code <script>} label, and that nothing was loaded from outside.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChartTypesBrowserIT {
    static final String UTC_MONTH = "date_trunc('month', created_at AT TIME ZONE 'UTC')::date";
    static final double CENTS = 0.011;


    @Test
    void everyTypeDrawsWhatTheSampleDatabaseSays() throws Exception {
        try (Browser browser = new Browser()) {
            VizEditor editor = new VizEditor(browser);
            editor.open();
            // Each part checks its types on its own, so one broken type does not hide what the others draw.
            List<String> failures = new java.util.ArrayList<>();
            part(failures, browser, "table", () -> table(editor, browser));
            part(failures, browser, "scalars", () -> scalars(editor, browser));
            part(failures, browser, "bars", () -> bars(editor, browser));
            part(failures, browser, "lines", () -> lines(editor, browser));
            part(failures, browser, "parts", () -> parts(editor, browser));
            part(failures, browser, "distributions", () -> distributions(editor, browser));
            part(failures, browser, "pivot", () -> pivot(editor, browser));
            part(failures, browser, "script-label", () -> scriptLabel(editor, browser));
            // the download first: the editor must go on working after it (drill and the theme run queries again)
            part(failures, browser, "png", () -> png(editor));
            part(failures, browser, "drill", () -> drill(editor, browser));
            part(failures, browser, "dark", () -> darkTheme(editor, browser));
            for (String url : browser.loadedResources()) {
                assertTrue(url.startsWith(Api.BASE) || url.startsWith("data:") || url.startsWith("blob:"),
                        "everything is served by InsightIQ itself, nothing from the internet: " + url);
            }
            assertTrue(failures.isEmpty(), String.join("\n", failures));
        }
    }

    interface Part {
        void check() throws Exception;
    }

    private static void part(List<String> failures, Browser browser, String name, Part part) throws Exception {
        try {
            part.check();
            browser.consoleLog().forEach(line -> System.out.println("[console " + name + "] " + line));
        } catch (Exception | AssertionError failed) {
            Object html = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("var v ="
                    + " document.getElementById('editorViz'); return v ? v.outerHTML.substring(0, 1500) : 'no viz';");
            List<String> console = browser.consoleLog();
            console.forEach(line -> System.out.println("[console " + name + "] " + line));
            failures.add(name + ": " + failed.toString().lines().findFirst().orElse("") + "\n   page: " + html
                    + "\n   console: " + String.join("\n            ", console));
            shot(browser, "failure-" + name);
        }
    }

    private static void shot(Browser browser, String type) throws Exception {
        browser.screenshot("ChartTypesBrowserIT-" + type);
    }

    private static void table(VizEditor editor, Browser browser) throws Exception {
        String sql = "SELECT category, count(*) AS products, sum(price) AS price_sum FROM products GROUP BY 1 ORDER BY 1";
        List<List<Object>> expected = sample(sql);
        editor.run(sql);
        editor.choose("table");
        editor.toggle("table.totals");
        String table = editor.text("[id$='editorVizTable']");
        for (List<Object> row : expected) {
            assertTrue(table.contains(String.valueOf(row.get(0))), "the table lists " + row.get(0) + ": " + table);
        }
        double total = column(expected, 2).stream().mapToDouble(Double::doubleValue).sum();
        String footer = editor.text("[id$='editorVizTable'] tfoot");
        assertTrue(footer.contains("Total"), "a totals row: " + footer);
        assertTrue(footer.replace(",", "").contains(String.format(java.util.Locale.ROOT, "%.2f", total)),
                "the totals row sums the prices (" + total + "): " + footer);
        shot(browser, "table");
    }

    private static void scalars(VizEditor editor, Browser browser) throws Exception {
        long orders = ((Number) sample("SELECT count(*) FROM orders").get(0).get(0)).longValue();
        editor.run("SELECT count(*) AS orders FROM orders");
        browser.waitUntil(d -> !d.findElements(By.cssSelector("[data-auto='number']")).isEmpty(), "auto number"); // the picker marks the automatic choice: one number → number
        editor.choose("number");
        assertEquals(orders, Math.round(raw(browser)), "the number is the count");
        shot(browser, "number");

        String trendSql = "SELECT date_trunc('year', created_at AT TIME ZONE 'UTC')::date AS year, count(*) AS orders"
                + " FROM orders GROUP BY 1 ORDER BY 1";
        List<List<Object>> years = sample(trendSql);
        editor.run(trendSql);
        editor.choose("trend");
        double last = ((Number) years.get(years.size() - 1).get(1)).doubleValue();
        double previous = ((Number) years.get(years.size() - 2).get(1)).doubleValue();
        assertEquals(last, raw(browser), 0.5, "the trend shows the last period");
        String direction = last > previous ? "up" : last < previous ? "down" : "flat";
        browser.waitFor("#editorViz .iq-viz-trend-" + direction);
        shot(browser, "trend");

        editor.run("SELECT sum(total) AS revenue FROM orders WHERE status = 'completed'");
        double revenue = ((Number) sample("SELECT sum(total) FROM orders WHERE status = 'completed'").get(0).get(0))
                .doubleValue();
        editor.choose("progress");
        assertEquals(revenue, raw(browser), CENTS, "progress shows the revenue");
        WebElement goal = browser.waitFor("[data-setting='goal'] input");
        goal.sendKeys(String.valueOf(Math.round(revenue * 2)));
        editor.js("var v = document.getElementById('editorViz'); v.setAttribute('data-stale', '1');");
        goal.sendKeys(org.openqa.selenium.Keys.TAB);
        editor.awaitFresh("the goal");
        String width = browser.waitFor("#editorViz .iq-viz-progress-bar").getAttribute("style");
        java.util.regex.Matcher percent = java.util.regex.Pattern.compile("width: ?([0-9.]+)%").matcher(width);
        assertTrue(percent.find() && Math.abs(Double.parseDouble(percent.group(1)) - 50) < 0.5,
                "half way to a goal of twice the revenue: " + width);
        String goalText = browser.waitFor("#editorViz .iq-viz-goal").getText();
        assertTrue(goalText.contains(String.format(java.util.Locale.US, "%,d", Math.round(revenue * 2))),
                "the goal is shown: " + goalText);
        assertTrue(browser.waitFor("#editorViz .iq-viz-scalar-value").isDisplayed(), "the figure stays visible");
        shot(browser, "progress");

        double rating = ((Number) sample("SELECT avg(rating) FROM reviews").get(0).get(0)).doubleValue();
        editor.run("SELECT avg(rating) AS rating FROM reviews");
        editor.choose("gauge");
        assertEquals("doughnut", editor.chart().get("type"), "a gauge is a half doughnut");
        @SuppressWarnings("unchecked")
        Map<String, Object> gauge = (Map<String, Object>) ((Map<String, Object>) editor.chart().get("hints"))
                .get("gauge");
        assertEquals(rating, ((Number) gauge.get("value")).doubleValue(), 1e-6, "the gauge shows the average rating");
        shot(browser, "gauge");
    }

    private static double raw(Browser browser) {
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#editorViz .iq-viz-scalar-value")).isEmpty(),
                "a figure is shown");
        return Double.parseDouble(browser.driver.findElement(By.cssSelector("#editorViz .iq-viz-scalar-value"))
                .getAttribute("data-raw"));
    }

    private static void bars(VizEditor editor, Browser browser) throws Exception {
        String sql = "SELECT p.category, o.status, count(*) AS lines FROM order_lines l JOIN orders o ON o.id = l.order_id"
                + " JOIN products p ON p.id = l.product_id GROUP BY 1, 2 ORDER BY 1, 2";
        Map<String, Map<String, Double>> expected = new HashMap<>();
        for (List<Object> row : sample(sql)) {
            expected.computeIfAbsent((String) row.get(1), k -> new HashMap<>()).put((String) row.get(0),
                    ((Number) row.get(2)).doubleValue());
        }
        editor.run(sql);
        editor.choose("bar");
        if (editor.datasets().size() < 2) {
            editor.select("series", "status");
        }
        assertEquals(List.of("Doohickey", "Gadget", "Gizmo", "Widget"), editor.labels(), "categories on x");
        checkSeries(editor, expected);
        assertFalse((Boolean) editor.chart().get("stacked"), "grouped bars");
        shot(browser, "bar");

        editor.pick("stacking", "Stacked");
        assertTrue((Boolean) editor.chart().get("stacked"), "stacked bars");
        checkSeries(editor, expected);
        shot(browser, "bar-stacked");

        editor.pick("stacking", "100 %");
        List<String> labels = editor.labels();
        for (int i = 0; i < labels.size(); i++) {
            double sum = 0;
            for (Map<String, Object> set : editor.datasets()) {
                Double v = numbers(set).get(i);
                sum += v == null ? 0 : v;
            }
            assertEquals(100, sum, 0.01, "100 % bars add up to 100 for " + labels.get(i));
        }
        shot(browser, "bar-100");

        String rowSql = "SELECT vendor, sum(price) AS price FROM products GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 8";
        List<List<Object>> rows = sample(rowSql);
        editor.run(rowSql);
        editor.choose("row");
        assertEquals("y", editor.chart().get("indexAxis"), "row charts are horizontal");
        assertEquals(texts(rows, 0), editor.labels());
        assertClose(column(rows, 1), numbers(editor.datasets().get(0)));
        shot(browser, "row");
    }

    private static void checkSeries(VizEditor editor, Map<String, Map<String, Double>> expected) {
        List<String> labels = editor.labels();
        List<Map<String, Object>> sets = editor.datasets();
        assertEquals(expected.keySet(), sets.stream().map(s -> (String) s.get("label"))
                .collect(java.util.stream.Collectors.toSet()), "one dataset per status");
        for (Map<String, Object> set : sets) {
            List<Double> values = numbers(set);
            for (int i = 0; i < labels.size(); i++) {
                Double want = expected.get((String) set.get("label")).get(labels.get(i));
                assertEquals(want == null ? 0 : want, values.get(i) == null ? 0 : values.get(i), 1e-9,
                        set.get("label") + " × " + labels.get(i));
            }
        }
    }

    private static void lines(VizEditor editor, Browser browser) throws Exception {
        String sql = "SELECT " + UTC_MONTH + " AS month, sum(total) AS revenue FROM orders GROUP BY 1 ORDER BY 1";
        List<List<Object>> months = sample(sql);
        editor.run(sql);
        browser.waitUntil(d -> !d.findElements(By.cssSelector("[data-auto='line']")).isEmpty(), "auto line"); // time + measure → line
        editor.choose("line");
        assertEquals(months.size(), editor.labels().size(), "a point per month");
        assertClose(column(months, 1), numbers(editor.datasets().get(0)));
        shot(browser, "line");

        String areaSql = "SELECT " + UTC_MONTH + " AS month, status, count(*) AS orders FROM orders GROUP BY 1, 2"
                + " ORDER BY 1, 2";
        List<List<Object>> area = sample(areaSql);
        editor.run(areaSql);
        editor.choose("area");
        if (editor.datasets().size() < 2) {
            editor.select("series", "status");
        }
        assertTrue((Boolean) editor.chart().get("stacked"), "areas are stacked");
        assertEquals(4, editor.datasets().size(), "one area per status");
        double drawn = editor.datasets().stream().flatMap(s -> numbers(s).stream())
                .mapToDouble(v -> v == null ? 0 : v).sum();
        assertEquals(column(area, 2).stream().mapToDouble(Double::doubleValue).sum(), drawn, 1e-6,
                "the areas add up to every order");
        shot(browser, "area-stacked");

        String comboSql = "SELECT " + UTC_MONTH + " AS month, count(*) AS orders, sum(total) AS revenue FROM orders"
                + " GROUP BY 1 ORDER BY 1";
        List<List<Object>> combo = sample(comboSql);
        editor.run(comboSql);
        editor.choose("combo");
        List<Map<String, Object>> sets = editor.datasets();
        assertTrue(sets.stream().anyMatch(s -> "bar".equals(s.get("type")))
                && sets.stream().anyMatch(s -> "line".equals(s.get("type"))), "bars and a line: " + sets.stream()
                .map(s -> s.get("type")).toList());
        Map<String, Object> orders = sets.stream().filter(s -> "orders".equals(s.get("label"))).findFirst().orElseThrow();
        Map<String, Object> revenue = sets.stream().filter(s -> "revenue".equals(s.get("label"))).findFirst()
                .orElseThrow();
        assertClose(column(combo, 1), numbers(orders));
        assertClose(column(combo, 2), numbers(revenue));
        shot(browser, "combo");
    }

    private static void parts(VizEditor editor, Browser browser) throws Exception {
        String sql = "SELECT source, count(*) AS people FROM people GROUP BY 1 ORDER BY 2 DESC, 1";
        List<List<Object>> sources = sample(sql);
        editor.run(sql);
        editor.choose("pie");
        assertEquals("pie", editor.chart().get("type"));
        Map<String, Double> drawn = byLabel(editor);
        for (List<Object> row : sources) {
            assertEquals(((Number) row.get(1)).doubleValue(), drawn.get((String) row.get(0)), 1e-9, "slice " + row.get(0));
        }
        shot(browser, "pie");
        editor.toggle("donut");
        Map<String, Object> donut = editor.chart();
        assertTrue("doughnut".equals(donut.get("type")) || donut.get("cutout") != null
                && !"0".equals(donut.get("cutout")), "a donut has a hole: " + donut.get("type") + " " + donut.get("cutout"));
        assertEquals(drawn, byLabel(editor), "the donut draws the same slices");
        shot(browser, "donut");

        String funnelSql = "SELECT status, count(*) AS orders FROM orders GROUP BY 1 ORDER BY 2 DESC";
        List<List<Object>> steps = sample(funnelSql);
        editor.run(funnelSql);
        editor.choose("funnel");
        List<String> funnel = editor.labels();
        assertEquals(steps.size(), funnel.size(), "a step per status: " + funnel);
        for (int i = 0; i < steps.size(); i++) {
            assertTrue(funnel.get(i).startsWith((String) steps.get(i).get(0)), "steps largest first: " + funnel);
        }
        assertClose(column(steps, 1), numbers(editor.datasets().get(0)));
        shot(browser, "funnel");

        String waterfallSql = "SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY') AS year, sum(total) AS revenue"
                + " FROM orders GROUP BY 1 ORDER BY 1";
        List<List<Object>> years = sample(waterfallSql);
        editor.run(waterfallSql);
        editor.choose("waterfall");
        @SuppressWarnings("unchecked")
        Map<String, Object> waterfall = (Map<String, Object>) ((Map<String, Object>) editor.chart().get("hints"))
                .get("waterfall");
        assertEquals(column(years, 1).stream().mapToDouble(Double::doubleValue).sum(),
                ((Number) waterfall.get("total")).doubleValue(), CENTS, "the waterfall ends at the total");
        assertTrue(editor.labels().containsAll(texts(years, 0)), "a step per year: " + editor.labels());
        shot(browser, "waterfall");
    }

    private static Map<String, Double> byLabel(VizEditor editor) {
        Map<String, Double> drawn = new HashMap<>();
        List<String> labels = editor.labels();
        List<Double> values = numbers(editor.datasets().get(0));
        for (int i = 0; i < labels.size(); i++) {
            drawn.put(labels.get(i), values.get(i));
        }
        return drawn;
    }

    @SuppressWarnings("unchecked")
    private static void distributions(VizEditor editor, Browser browser) throws Exception {
        String sql = "SELECT price, rating FROM products ORDER BY id";
        List<List<Object>> products = sample(sql);
        editor.run(sql);
        editor.choose("scatter");
        List<Object> points = (List<Object>) editor.datasets().get(0).get("data");
        assertEquals(products.size(), points.size(), "a point per product");
        double sumX = points.stream().mapToDouble(p -> ((Number) ((Map<String, Object>) p).get("x")).doubleValue()).sum();
        assertEquals(column(products, 0).stream().mapToDouble(Double::doubleValue).sum(), sumX, CENTS, "x = price");
        shot(browser, "scatter");

        String bubbleSql = "SELECT p.price, p.rating, count(r.id) AS reviews FROM products p"
                + " LEFT JOIN reviews r ON r.product_id = p.id GROUP BY p.id, p.price, p.rating ORDER BY p.id";
        editor.run(bubbleSql);
        editor.choose("scatter");
        if (!String.valueOf(editor.datasets().get(0).get("data")).contains("r=")) {
            editor.select("bubble", "reviews");
        }
        List<Object> bubbles = (List<Object>) editor.datasets().get(0).get("data");
        assertTrue(bubbles.stream().allMatch(p -> ((Map<String, Object>) p).containsKey("r")), "bubbles have a size");
        assertEquals(sample(bubbleSql).size(), bubbles.size());
        shot(browser, "bubble");

        long orders = ((Number) sample("SELECT count(*) FROM orders").get(0).get(0)).longValue();
        editor.run("SELECT total FROM orders");
        editor.choose("histogram");
        double counted = numbers(editor.datasets().get(0)).stream().mapToDouble(v -> v == null ? 0 : v).sum();
        assertEquals(orders, Math.round(counted), "every order falls into a bin");
        shot(browser, "histogram");
    }

    private static void pivot(VizEditor editor, Browser browser) throws Exception {
        String sql = "SELECT p.category, o.status, sum(l.line_total) AS revenue FROM order_lines l"
                + " JOIN orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id GROUP BY 1, 2 ORDER BY 1, 2";
        List<List<Object>> cells = sample(sql);
        editor.run(sql);
        editor.choose("pivot");
        double grand = column(cells, 2).stream().mapToDouble(Double::doubleValue).sum();
        List<WebElement> totals = browser.driver.findElements(By.cssSelector("#editorVizPivot td[data-kind='total']"));
        assertFalse(totals.isEmpty(), "the pivot has totals");
        totals = totals.stream().filter(t -> t.getAttribute("data-raw") != null && !t.getAttribute("data-raw").isEmpty())
                .toList();
        double max = totals.stream().mapToDouble(t -> Double.parseDouble(t.getAttribute("data-raw"))).max().orElse(0);
        assertEquals(grand, max, CENTS, "the grand total is the sum of every line");
        for (String category : List.of("Doohickey", "Gadget", "Gizmo", "Widget")) {
            double want = cells.stream().filter(r -> category.equals(r.get(0)))
                    .mapToDouble(r -> ((Number) r.get(2)).doubleValue()).sum();
            boolean found = totals.stream().anyMatch(t -> Math.abs(Double.parseDouble(t.getAttribute("data-raw")) - want)
                    < CENTS);
            assertTrue(found, "a total of " + want + " for " + category);
        }
        assertEquals("700", browser.waitFor("#editorVizPivot td[data-kind='total']").getCssValue("font-weight"),
                "totals are bold");
        shot(browser, "pivot");
    }

    private static void scriptLabel(VizEditor editor, Browser browser) throws Exception {
        String label = "<script>window.__vizXss = 1</script><img src=x onerror=\"window.__vizXss = 2\">";
        editor.run("SELECT '" + label.replace("'", "''") + "' AS label, 42 AS n UNION ALL SELECT 'plain', 7");
        editor.choose("bar");
        assertEquals(List.of(label, "plain"), editor.labels(), "the label is drawn as text on the canvas");
        editor.choose("table");
        String cell = editor.text("[id$='editorVizTable'] tbody");
        assertTrue(cell.contains("<script>"), "the table cell shows the text: " + cell);
        assertEquals(Boolean.TRUE, editor.js("return window.__vizXss === undefined"
                + " && document.querySelectorAll('#editorViz script, #editorViz img').length === 0;"),
                "nothing was injected");
        shot(browser, "script-label");
    }

    private static void png(VizEditor editor) {
        editor.run("SELECT category, count(*) AS products FROM products GROUP BY 1 ORDER BY 1");
        editor.choose("bar");
        String url = (String) editor.js("return InsightIQ.charts.png('editorViz');");
        assertNotNull(url);
        assertTrue(url.startsWith("data:image/png;base64,"), url.substring(0, Math.min(40, url.length())));
        editor.click("#editorVizPng");
        editor.browser.waitUntil(d -> editor.js("return InsightIQ.charts.lastDownload"
                + " && InsightIQ.charts.lastDownload.name;") != null, "the PNG is downloaded");
        assertTrue(String.valueOf(editor.js("return InsightIQ.charts.lastDownload.name;")).endsWith(".png"));
    }

    private static void drill(VizEditor editor, Browser browser) throws Exception {
        String sql = "SELECT category, count(*) AS products FROM products GROUP BY 1 ORDER BY 1";
        List<List<Object>> expected = sample(sql);
        editor.run(sql);
        editor.choose("bar");
        editor.js("InsightIQ.charts.click('editorViz', 0, 1);");
        WebElement rows = browser.waitFor(".iq-drill-menu .iq-drill-item");
        assertEquals("View these rows", rows.getText());
        assertTrue(editor.text(".iq-drill-menu").contains("Break out by"), "break out is offered");
        shot(browser, "drill-menu");
        editor.js("document.getElementById('editorViz').setAttribute('data-stale', '1');"
                + " document.getElementById('rowCount').setAttribute('data-stale', '1');");
        editor.js("arguments[0].click();", rows);
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#rowCount:not([data-stale])")).isEmpty(),
                "the drilled query runs");
        String drilled = (String) editor.js("return PF('sqlEditor').getValueNow();");
        assertTrue(drilled.contains(sql) && drilled.contains("drill_q"), "the original query is wrapped: " + drilled);
        String clicked = (String) expected.get(1).get(0);
        long count = ((Number) expected.get(1).get(1)).longValue();
        assertTrue(editor.text("#rowCount").startsWith("1 row"), "the clicked bar's row: " + editor.text("#rowCount"));
        editor.awaitFresh("the drilled rows as a table");
        String table = editor.text("[id$='editorVizTable'] tbody");
        assertTrue(table.contains(clicked) && table.replace(",", "").contains(String.valueOf(count)),
                "the row of " + clicked + " with its count " + count + ": " + table);
        assertEquals(count, ((Number) sample("SELECT count(*) FROM products WHERE category = '" + clicked + "'")
                .get(0).get(0)).longValue(), "the bar counts the products of its category");
        shot(browser, "drill-rows");
    }

    /**
     * The dark theme as a person switches it: the user menu's toggle stores the choice and reloads the page (the editor
     * starts afresh, so the query runs again); the same chart is then drawn with the theme's tick, grid and legend
     * colours: light text on the dark background instead of dark text on white.
     */
    @SuppressWarnings("unchecked")
    private static void darkTheme(VizEditor editor, Browser browser) throws Exception {
        String sql = "SELECT category, count(*) AS products FROM products GROUP BY 1 ORDER BY 1";
        List<List<Object>> expected = sample(sql);
        editor.run(sql);
        editor.choose("bar");
        Map<String, Object> light = editor.chart();
        try {
            editor.theme(true);
            editor.run(sql);
            editor.choose("bar");
            Map<String, Object> dark = editor.chart();
            assertEquals(texts(expected, 0), editor.labels(), "the chart is drawn in the dark theme");
            assertClose(column(expected, 1), numbers(editor.datasets().get(0)));
            for (String key : List.of("tickColor", "gridColor", "legendColor")) {
                assertNotEquals(light.get(key), dark.get(key), key + " follows the theme");
            }
            assertTrue(VizEditor.luminance((String) light.get("tickColor")) < 0.4
                    && VizEditor.luminance((String) dark.get("tickColor")) > 0.6,
                    "dark ticks on white, light ticks on the dark theme: " + light.get("tickColor") + " / "
                            + dark.get("tickColor"));
            assertTrue(VizEditor.luminance((String) dark.get("backgroundColor")) < 0.3,
                    "the chart's background is dark: " + dark.get("backgroundColor"));
            shot(browser, "dark");
        } finally {
            editor.theme(false);
        }
    }

    private static void assertClose(List<Double> expected, List<Double> actual) {
        assertEquals(expected.size(), actual.size(), "as many values as rows: " + actual);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), CENTS, "value " + i);
        }
    }
}
