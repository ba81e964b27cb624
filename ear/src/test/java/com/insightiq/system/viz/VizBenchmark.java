package com.insightiq.system.viz;

import com.insightiq.system.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The chart benchmark: a line chart of 50,000 points from the sample database (orders × 3, numbered), in the
 * SQL editor of headless Chromium. Measures the time from the click (Run with the Visualization view on; the switch
 * from Table to Visualization) to the chart painted (Chart.js's first render, seen through the page hook), median of
 * 5 after a warm-up, with the size of the Ajax answer and the server's sampling. For comparison, the same 50,000
 * points drawn by Chart.js in the same page without downsampling. Prints a Markdown table and writes it to
 * {@code ear/target/benchmark-viz.md}; run with {@code mvn verify -Pbenchmark -Dit.test=VizBenchmark}. Fails only when
 * something fails, not on speed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VizBenchmark {
    static final int POINTS = 50_000;
    static final int RUNS = 5;
    static final String SQL = "SELECT n, value FROM (SELECT row_number() OVER (ORDER BY o.created_at, o.id, g) AS n,"
            + " o.total * g AS value FROM orders o CROSS JOIN generate_series(1, 3) g) t WHERE n <= " + POINTS
            + " ORDER BY n";


    @Test
    void fiftyThousandPointsFromClickToChart() throws Exception {
        long rows = VizEditor.sample("SELECT count(*) FROM (" + SQL + ") q").get(0).get(0) instanceof Number n
                ? n.longValue() : -1;
        check(rows == POINTS, "the sample database gives " + POINTS + " points, not " + rows);
        try (Browser browser = new Browser()) {
            VizEditor editor = new VizEditor(browser);
            editor.open();
            editor.run(SQL); // warm-up, and the Visualization view is on from here
            editor.choose("line"); // two number columns would be a scatter by default
            check("line".equals(editor.chart().get("type")), "a line chart: " + editor.chart().get("type"));

            List<Double> runTimes = new ArrayList<>();
            List<Double> switchTimes = new ArrayList<>();
            Map<String, Object> last = null;
            for (int i = 0; i < RUNS; i++) {
                runTimes.add(timedRun(editor));
                last = measure(editor);
                switchTimes.add(timedSwitch(editor));
            }
            double full = fullChart(editor);
            String sampling = browser.driver.findElement(By.id(VizEditor.VIZ)).getAttribute("data-sampling");
            String source = browser.driver.findElement(By.id(VizEditor.VIZ)).getAttribute("data-source-points");
            String shown = browser.driver.findElement(By.id(VizEditor.VIZ)).getAttribute("data-shown-points");
            report(runTimes, switchTimes, full, last, sampling, source, shown);
        }
    }

    /** Run with the Visualization view on: query, chart rows, render, Ajax answer, Chart.js paint. */
    private static double timedRun(VizEditor editor) {
        editor.js("var v = document.getElementById('editorViz'); if (v) { v.setAttribute('data-stale', '1'); }"
                + " performance.clearResourceTimings(); window.__vizClick = performance.now();"
                + " document.getElementById('editorForm:runButton').click();");
        editor.awaitFresh("the benchmark chart");
        return drawn(editor);
    }

    /** Table → Visualization: chart rows, render, Ajax answer, Chart.js paint (the query itself ran before). */
    private static double timedSwitch(VizEditor editor) {
        editor.click("[id='editorForm:resultView'] .ui-button:nth-child(1)");
        editor.browser.waitFor("[id='editorForm:results']");
        editor.js("performance.clearResourceTimings(); window.__vizClick = performance.now();"
                + " document.querySelector(\"[id='editorForm:resultView'] .ui-button:nth-child(2)\").click();");
        editor.browser.waitUntil(d -> !d.findElements(By.id(VizEditor.VIZ)).isEmpty(), "the chart view");
        editor.awaitFresh("the benchmark chart after the switch");
        return drawn(editor);
    }

    private static double drawn(VizEditor editor) {
        Object ms = editor.js("return InsightIQ.charts.drawnAt('editorViz') - window.__vizClick;");
        return ((Number) ms).doubleValue() / 1000.0;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> measure(VizEditor editor) {
        return (Map<String, Object>) editor.js("var xhr = performance.getEntriesByType('resource')"
                + ".filter(e => e.initiatorType === 'xmlhttprequest');"
                + " var biggest = xhr.reduce((a, e) => Math.max(a, e.decodedBodySize || 0), 0);"
                + " var wire = xhr.reduce((a, e) => Math.max(a, e.transferSize || 0), 0);"
                + " var c = InsightIQ.charts.data('editorViz');"
                + " return {answer: biggest, wire: wire, points: c.datasets[0].data.length,"
                + " config: JSON.stringify({labels: c.labels, datasets: c.datasets}).length};");
    }

    /** The same 50,000 points drawn by Chart.js in this page without downsampling (same canvas size, no animation). */
    private static double fullChart(VizEditor editor) {
        List<List<Object>> rows = VizEditor.sample(SQL);
        StringBuilder values = new StringBuilder("[");
        StringBuilder labels = new StringBuilder("[");
        for (List<Object> row : rows) {
            labels.append(row.get(0)).append(',');
            values.append(((Number) row.get(1)).doubleValue()).append(',');
        }
        labels.setLength(labels.length() - 1);
        values.setLength(values.length() - 1);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i <= RUNS; i++) {
            Object ms = editor.js("var box = document.querySelector('#editorViz canvas').parentElement;"
                    + " var canvas = document.createElement('canvas'); canvas.width = box.clientWidth;"
                    + " canvas.height = box.clientHeight; document.body.appendChild(canvas);"
                    + " var labels = " + labels + "]; var values = " + values + "];"
                    + " var t0 = performance.now(); var t1 = null;"
                    + " var chart = new Chart(canvas, {type: 'line', data: {labels: labels, datasets: [{label: 'value',"
                    + " data: values, pointRadius: 0, borderWidth: 2}]}, options: {animation: false, responsive: false},"
                    + " plugins: [{id: 'timer', afterRender: function () { if (t1 === null) { t1 = performance.now(); } }}]});"
                    + " chart.destroy(); canvas.remove(); return t1 - t0;");
            if (i > 0) {
                times.add(((Number) ms).doubleValue() / 1000.0);
            }
        }
        return median(times);
    }

    private static void report(List<Double> runs, List<Double> switches, double full, Map<String, Object> last,
                               String sampling, String source, String shown) throws Exception {
        String table = String.join("\n",
                "| Line chart of 50,000 points from the sample database (headless Chromium, median of " + RUNS
                        + " after a warm-up) | time | size |",
                "|---|---|---|",
                row("Run → chart drawn (query, chart rows, server-side " + sampling + " " + source + " → " + shown
                        + " points, Ajax answer, Chart.js paint)", median(runs), last.get("answer") + " B answer"),
                row("Table → Visualization switch → chart drawn (chart rows read again, render, paint)",
                        median(switches), last.get("wire") + " B on the wire"),
                row("for comparison: Chart.js drawing all 50,000 points in the same page (no downsampling, no"
                        + " animation; data already in the page)", full, ""),
                "",
                "Points drawn: " + last.get("points") + "; drawn chart data as JSON: " + last.get("config")
                        + " characters. Run times: " + runs + " s; switch times: " + switches + " s.");
        System.out.println("\n" + table + "\n");
        Path out = Path.of("target", "benchmark-viz.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + "\n");
    }

    private static String row(String what, double seconds, String size) {
        return "| " + what + " | " + String.format(Locale.ROOT, "%.2f s", seconds) + " | " + size + " |";
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
