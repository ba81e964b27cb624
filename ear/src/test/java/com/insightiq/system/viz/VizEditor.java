package com.insightiq.system.viz;

import com.insightiq.system.Browser;
import com.insightiq.system.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The SQL editor of the demo tenant (whose data source is the sample database) driven for visualizations: run SQL
 * with the Visualization view on, pick a type, change a setting, and read back what the chart draws through the
 * page's hook {@code InsightIQ.charts.data}. Each step waits for a freshly rendered visualization (the old one is
 * marked stale first), so a step never reads the previous chart.
 */
final class VizEditor {
    static final String VIZ = "editorViz";
    final Browser browser;

    VizEditor(Browser browser) {
        this.browser = browser;
    }

    /** Signs in as the platform admin (admin of the demo tenant) and opens the editor with the sample database. */
    void open() {
        browser.signIn(System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
        browser.waitUntil(d -> !d.getCurrentUrl().contains("sign-in"), "signed in");
        browser.open("/t/acme/query");
        browser.waitForUrl("/t/acme/query/editor.xhtml");
        browser.waitFor("body.iq-editor-ready");
    }

    Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, arguments);
    }

    /** Clicks as a person would, after scrolling the element to the middle (the sticky top bar covers the top). */
    void click(String css) {
        press(browser.waitFor(css));
    }

    void press(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private void markStale() {
        js("var v = document.getElementById(arguments[0]); if (v) { v.setAttribute('data-stale', '1'); }"
                + " var r = document.getElementById('rowCount'); if (r) { r.setAttribute('data-stale', '1'); }", VIZ);
    }

    /** Runs the SQL and waits until the visualization of its result is shown. */
    void run(String sql) {
        js("PF('sqlEditor').setValueNow(arguments[0]);", sql);
        markStale();
        click("[id='editorForm:runButton']");
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#rowCount:not([data-stale])")).isEmpty()
                || !d.findElements(By.cssSelector("#runError")).isEmpty(), "the run ends: " + sql);
        if (!browser.driver.findElements(By.cssSelector("#runError")).isEmpty()) {
            throw new AssertionError("The query failed: " + browser.driver.findElement(By.id("runError")).getText());
        }
        if (browser.driver.findElements(By.cssSelector("#visualizePanel")).isEmpty()) {
            markStale();
            click("[id='editorForm:resultView'] .ui-button:nth-child(2)");
        }
        awaitFresh("the visualization of " + sql);
    }

    void awaitFresh(String what) {
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#" + VIZ + ":not([data-stale])")).isEmpty(), what);
        browser.waitUntil(d -> {
            WebElement viz = d.findElement(By.id(VIZ));
            return !viz.findElements(By.cssSelector("canvas")).isEmpty()
                    ? Boolean.TRUE.equals(js("return InsightIQ.charts.drawnAt(arguments[0]) !== null;", VIZ))
                    : true;
        }, "the chart is drawn: " + what);
    }

    /** Picks a type in the settings panel. */
    void choose(String type) {
        markStale();
        click(".iq-viz-type[data-type='" + type + "']");
        awaitFresh("the " + type + " visualization");
        String shown = browser.driver.findElement(By.id(VIZ)).getAttribute("data-type");
        if (!type.equals(shown)) {
            throw new AssertionError("Asked for " + type + ", shown " + shown + ": " + notes());
        }
    }

    /** Clicks the option with this text of a select-one-button setting (e.g. stacking "Stacked"). */
    void pick(String setting, String option) {
        markStale();
        WebElement button = browser.driver.findElements(By.cssSelector("[data-setting='" + setting + "'] .ui-button"))
                .stream().filter(b -> b.getText().trim().equals(option)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + option + " for " + setting));
        press(button);
        awaitFresh(setting + " = " + option);
    }

    /** Switches a toggle setting (labels, donut, table.totals). */
    void toggle(String setting) {
        markStale();
        click("[data-setting='" + setting + "'] .ui-toggleswitch");
        awaitFresh(setting);
    }

    /** Chooses an option of a select-one-menu setting by its label. */
    void select(String setting, String label) {
        String menu = "[data-setting='" + setting + "'] .ui-selectonemenu";
        for (int attempt = 1; ; attempt++) {
            markStale();
            try {
                click(menu);
                browser.waitUntil(d -> d.findElements(By.cssSelector(".ui-selectonemenu-panel li")).stream()
                        .anyMatch(li -> li.isDisplayed() && li.getText().trim().equals(label)), "the option " + label);
                browser.driver.findElements(By.cssSelector(".ui-selectonemenu-panel li")).stream()
                        .filter(li -> li.isDisplayed() && li.getText().trim().equals(label)).findFirst().orElseThrow()
                        .click();
                awaitFresh(setting + " = " + label);
                return;
            } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.ElementNotInteractableException
                     | org.openqa.selenium.StaleElementReferenceException lost) {
                // the option was caught mid-animation of its list (the click went nowhere, nothing redrew): again
                if (attempt == 3) {
                    throw new AssertionError(setting + " = " + label + ": not chosen in three tries", lost);
                }
                boolean listOpen = browser.driver.findElements(By.cssSelector(".ui-selectonemenu-panel")).stream()
                        .anyMatch(WebElement::isDisplayed);
                if (listOpen) {
                    click(menu); // closes it; never Escape, which may close what the menu sits in
                }
            }
        }
    }

    /**
     * Switches the theme as a person does (user menu → theme toggle), which stores the choice and reloads the page;
     * waits for the reloaded editor.
     */
    void theme(boolean dark) {
        if (dark == Boolean.TRUE.equals(js("return document.body.classList.contains('iq-dark');"))) {
            return;
        }
        js("window.scrollTo(0, 0); window.__iqBeforeReload = true;");
        browser.waitFor("#userMenu").click();
        browser.waitFor("#themeToggle").click();
        browser.waitUntil(d -> {
            try {
                return Boolean.TRUE.equals(js("return window.__iqBeforeReload === undefined"
                        + " && document.readyState === 'complete';"));
            } catch (org.openqa.selenium.WebDriverException reloading) {
                return false; // the old page is gone, the new one not there yet
            }
        }, "the page reloads after the theme toggle");
        browser.waitFor("body" + (dark ? ".iq-dark" : ":not(.iq-dark)") + ".iq-editor-ready");
    }

    /** Relative brightness 0..1 of a CSS colour written as #rrggbb or rgb(a)(r, g, b…). */
    static double luminance(String css) {
        if (css == null) {
            throw new AssertionError("no colour");
        }
        int r;
        int g;
        int b;
        java.util.regex.Matcher rgb = java.util.regex.Pattern.compile("rgba?\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)")
                .matcher(css);
        if (rgb.find()) {
            r = Integer.parseInt(rgb.group(1));
            g = Integer.parseInt(rgb.group(2));
            b = Integer.parseInt(rgb.group(3));
        } else if (css.matches("#[0-9a-fA-F]{6}")) {
            r = Integer.parseInt(css.substring(1, 3), 16);
            g = Integer.parseInt(css.substring(3, 5), 16);
            b = Integer.parseInt(css.substring(5, 7), 16);
        } else {
            throw new AssertionError("not a colour: " + css);
        }
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    }

    /**
     * What the chart draws: {type, labels, datasets: [{label, type, data}], textColor, tickColor, gridColor,
     * legendColor, backgroundColor, hints…}.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> chart() {
        Object data = js("return InsightIQ.charts.data(arguments[0]);", VIZ);
        if (data == null) {
            throw new AssertionError("No chart is drawn: " + notes());
        }
        return (Map<String, Object>) data;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> datasets() {
        return (List<Map<String, Object>>) chart().get("datasets");
    }

    @SuppressWarnings("unchecked")
    List<String> labels() {
        return ((List<Object>) chart().get("labels")).stream().map(String::valueOf).toList();
    }

    /** A dataset's values as numbers (scalars; null stays null). */
    @SuppressWarnings("unchecked")
    static List<Double> numbers(Map<String, Object> dataset) {
        List<Double> values = new ArrayList<>();
        for (Object v : (List<Object>) dataset.get("data")) {
            values.add(v instanceof Number n ? n.doubleValue() : null);
        }
        return values;
    }

    String notes() {
        List<WebElement> notes = browser.driver.findElements(By.cssSelector("#" + VIZ + "Notes"));
        return notes.isEmpty() ? "(no notes)" : notes.get(0).getText();
    }

    String text(String css) {
        List<WebElement> found = browser.driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    /** The sample database read directly, as the superuser of the test domain's PostgreSQL. */
    static List<List<Object>> sample(String sql) {
        String url = System.getProperty("it.db.url").replaceAll("/[^/?]+(\\?.*)?$", "/insightiq_sample");
        try (Connection c = DriverManager.getConnection(url, "insightiq", Database.password());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (Exception e) {
            throw new AssertionError("Query on the sample database failed: " + sql + ": " + e, e);
        }
    }

    static List<Double> column(List<List<Object>> rows, int index) {
        return rows.stream().map(r -> r.get(index) == null ? null : ((Number) r.get(index)).doubleValue()).toList();
    }

    static List<String> texts(List<List<Object>> rows, int index) {
        return rows.stream().map(r -> String.valueOf(r.get(index))).toList();
    }
}
