package com.insightiq.viz.view;

import com.insightiq.platform.view.Notices;
import com.insightiq.query.control.ResultColumn;
import com.insightiq.tenancy.api.CurrentTenant;
import com.insightiq.viz.boundary.RenderedViz;
import com.insightiq.viz.boundary.ReportZone;
import com.insightiq.viz.boundary.Visualization;
import com.insightiq.viz.boundary.Visualizations;
import com.insightiq.viz.boundary.VizData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The visualization of one page (the editor's result, a question): the rows it draws, the type and settings a person
 * chose, and the rendered result the include {@code /WEB-INF/templates/viz/visualization.xhtml} shows.
 * <ul>
 * <li>{@link #show(VizData)} draws new rows keeping the person's choice (the editor after each run);
 * {@link #show(VizData, Visualization, String)} draws rows as a saved question says (the question page).</li>
 * <li>{@link #getVisualization()} ({@code #{vizPanel.visualization}}) is what a Save dialog stores: the chosen type
 * and settings, or the automatic choice with its columns filled in when the person chose nothing.</li>
 * <li>{@link #getRendered()} is what the include draws; {@link #getSettings()} is bound by the settings panel
 * {@code /WEB-INF/templates/viz/settings.xhtml}, whose inputs call {@link #changed()} to draw again.</li>
 * </ul>
 * Rows and the rendered result are not kept across passivation (boundary records are not serializable); the choice
 * is.
 */
@Named("vizPanel")
@ViewScoped
public class VizPanel implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Visualizations visualizations;

    @Inject
    Notices notices;

    @Inject
    ReportZone reportZone;

    @Inject
    CurrentTenant currentTenant;

    private String type;
    private VizSettingsForm settings = new VizSettingsForm(Map.of());
    /** Whether the person picked the type (else each new result gets the automatic choice). */
    private boolean chosen;
    private String title = "chart";
    private String autoType;
    private final ConditionalRuleForm newRule = new ConditionalRuleForm();
    /** The tenant's reporting time zone, read once per page. */
    private ZoneId zone;
    private transient VizData data;
    private transient RenderedViz rendered;

    /** Draws new rows as the person chose, or as the engine suggests when they have not chosen yet. */
    public void show(VizData rows) {
        data = rows;
        autoType = rows == null ? null : visualizations.suggest(rows).type();
        if (!chosen) {
            type = null;
            settings = new VizSettingsForm(Map.of());
        }
        render();
    }

    /** Draws rows as a saved question says (null: the automatic choice); {@code name} names the PNG download. */
    public void show(VizData rows, Visualization saved, String name) {
        chosen = saved != null;
        type = saved == null ? null : saved.type();
        settings = new VizSettingsForm(saved == null ? Map.of() : saved.settings());
        title = name == null || name.isBlank() ? "chart" : name;
        show(rows);
    }

    /** Forgets the rows (a new run is under way or failed). */
    public void clear() {
        data = null;
        rendered = null;
    }

    /** The type picker: a new type starts from the engine's defaults for it, keeping the number format. */
    public void choose(String code) {
        if (!visualizations.types().contains(code)) {
            return;
        }
        Object format = settings.get("numberFormat");
        settings = new VizSettingsForm(format == null ? Map.of() : Map.of("numberFormat", format));
        type = code;
        chosen = true;
        render();
    }

    /** Any setting changed: draw again. */
    public void changed() {
        chosen = true;
        render();
    }

    private void render() {
        if (data == null) {
            rendered = null;
            return;
        }
        Visualization asked = type == null ? null : new Visualization(type, settings.values());
        rendered = notices.fetch(() -> visualizations.render(data, asked, locale(), zone())).orElse(null);
        if (rendered != null && rendered.effective() != null) {
            // The settings panel shows the columns the engine chose, so a person adjusts rather than starts over.
            type = rendered.effective().type();
            settings = new VizSettingsForm(rendered.effective().settings());
        }
    }

    /**
     * The same rows drawn as another visualization (a page's plain Table view), in the same locale and zone; the
     * panel's own choice is left as it is. Null without rows.
     */
    public RenderedViz renderAs(Visualization other) {
        return data == null ? null
                : notices.fetch(() -> visualizations.render(data, other, locale(), zone())).orElse(null);
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }

    /** Times are shown in the tenant's reporting zone (UTC when it cannot be read). */
    private ZoneId zone() {
        if (zone == null) {
            zone = currentTenant.slug().flatMap(slug -> notices.fetch(() -> reportZone.zoneOf(slug)))
                    .orElse(ZoneId.of("UTC"));
        }
        return zone;
    }

    /** What a Save dialog stores: the chosen (or automatic) type and settings; null before anything was shown. */
    public Visualization getVisualization() {
        if (type == null) {
            return rendered == null ? null : rendered.effective();
        }
        return new Visualization(type, new LinkedHashMap<>(settings.values()));
    }

    public RenderedViz getRendered() {
        if (rendered == null && data != null) {
            render();
        }
        return rendered;
    }

    public boolean isShowing() {
        return getRendered() != null;
    }

    public VizData getData() {
        return data;
    }

    public String getType() {
        return type;
    }

    /** The type the engine would choose for these rows (marked in the picker). */
    public String getAutoType() {
        return autoType;
    }

    public List<String> getTypes() {
        return visualizations.types();
    }

    /** The type picker's PrimeIcons. */
    public String icon(String code) {
        return "pi " + ICONS.getOrDefault(code, "pi-chart-bar");
    }

    private static final Map<String, String> ICONS = Map.ofEntries(Map.entry("table", "pi-table"),
            Map.entry("number", "pi-hashtag"), Map.entry("trend", "pi-arrow-up-right"),
            Map.entry("progress", "pi-sliders-h"), Map.entry("gauge", "pi-gauge"), Map.entry("bar", "pi-chart-bar"),
            Map.entry("row", "pi-align-left"), Map.entry("line", "pi-chart-line"), Map.entry("area", "pi-wave-pulse"),
            Map.entry("combo", "pi-chart-scatter"), Map.entry("pie", "pi-chart-pie"),
            Map.entry("scatter", "pi-circle"), Map.entry("funnel", "pi-filter"), Map.entry("waterfall", "pi-sort-alt"),
            Map.entry("histogram", "pi-server"), Map.entry("pivot", "pi-th-large"));

    public VizSettingsForm getSettings() {
        return settings;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null || title.isBlank() ? "chart" : title;
    }

    /** Column names of the rows, for the column pickers. */
    public List<String> getColumns() {
        return data == null ? List.of() : data.columns().stream().map(ResultColumn::name).toList();
    }

    /** Number columns, for metric pickers. */
    public List<String> getNumberColumns() {
        List<String> names = new ArrayList<>();
        if (data != null) {
            for (int i = 0; i < data.columns().size(); i++) {
                int index = i;
                if (data.rows().stream().limit(50).map(r -> r.get(index)).anyMatch(Number.class::isInstance)) {
                    names.add(data.columns().get(i).name());
                }
            }
        }
        return names;
    }

    /** The series whose colour may be chosen: the chosen metrics, else the number columns. */
    public List<String> getSeries() {
        List<String> metrics = settings.texts("metrics");
        return metrics.isEmpty() ? getNumberColumns() : metrics;
    }

    /** Colours per series ({@code colors.<series>}, {@code #rrggbb}). */
    public Map<String, String> getColor() {
        return SettingsEntries.colors(settings);
    }

    /** Table column titles ({@code table.columns[].title}). */
    public Map<String, String> getColumnTitle() {
        return SettingsEntries.columnTitles(settings);
    }

    /** Hidden table columns ({@code table.columns[].hidden}). */
    public Map<String, Boolean> getColumnHidden() {
        return SettingsEntries.columnHidden(settings);
    }

    public ConditionalRuleForm getNewRule() {
        return newRule;
    }

    /** The table's conditional colour rules ({@code table.conditional}). */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> getRules() {
        return settings.get("table.conditional") instanceof List<?> list ? (List<Map<String, Object>>) list
                : List.of();
    }

    public void addRule() {
        if (newRule.getColumn() == null || newRule.getColumn().isBlank()) {
            return;
        }
        List<Object> rules = new ArrayList<>(getRules());
        rules.add(newRule.toSetting());
        settings.put("table.conditional", rules);
        changed();
    }

    public void removeRule(int index) {
        List<Object> rules = new ArrayList<>(getRules());
        if (index >= 0 && index < rules.size()) {
            rules.remove(index);
            settings.put("table.conditional", rules);
            changed();
        }
    }

    /** Gauge segment ends as typed, e.g. "50, 80" ({@code gauge.segments[].to}). */
    public String getGaugeSegments() {
        List<String> ends = new ArrayList<>();
        if (settings.get("gauge.segments") instanceof List<?> list) {
            for (Object segment : list) {
                if (segment instanceof Map<?, ?> m && m.get("to") instanceof Number n) {
                    ends.add(n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue())
                            : n.toString());
                }
            }
        }
        return String.join(", ", ends);
    }

    public void setGaugeSegments(String text) {
        List<Object> segments = new ArrayList<>();
        for (String part : (text == null ? "" : text).split("[,;\\s]+")) {
            try {
                segments.add(new LinkedHashMap<>(Map.of("to", Double.valueOf(part.strip()))));
            } catch (NumberFormatException notANumber) {
                // a typing slip is left out rather than refused: the panel shows what was understood
            }
        }
        settings.put("gauge.segments", segments);
    }

    /** The pivot's measure ({@code pivot.values[0].column}). */
    public String getPivotValue() {
        return pivotValueEntry().map(m -> (String) m.get("column")).orElse("");
    }

    public void setPivotValue(String column) {
        writePivotValue(column, getPivotAggregation());
    }

    /** The pivot's aggregation ({@code pivot.values[0].aggregation}): sum, count, avg, min or max. */
    public String getPivotAggregation() {
        return pivotValueEntry().map(m -> (String) m.get("aggregation")).orElse("sum");
    }

    public void setPivotAggregation(String aggregation) {
        writePivotValue(getPivotValue(), aggregation);
    }

    @SuppressWarnings("unchecked")
    private java.util.Optional<Map<String, Object>> pivotValueEntry() {
        return settings.get("pivot.values") instanceof List<?> list && !list.isEmpty()
                && list.get(0) instanceof Map<?, ?> m ? java.util.Optional.of((Map<String, Object>) m)
                : java.util.Optional.empty();
    }

    private void writePivotValue(String column, String aggregation) {
        if (column == null || column.isBlank()) {
            settings.put("pivot.values", null);
            return;
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("column", column);
        value.put("aggregation", aggregation == null ? "sum" : aggregation);
        settings.put("pivot.values", new ArrayList<Object>(List.of(value)));
    }
}
