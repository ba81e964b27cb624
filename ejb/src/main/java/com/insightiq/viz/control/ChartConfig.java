package com.insightiq.viz.control;

import com.insightiq.viz.boundary.Sampling;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Chart.js 4 configuration under construction: labels, datasets, scales and the {@code options.plugins.insightiq}
 * hints the page's extender turns into tick/tooltip formatters and drill-through (functions cannot travel in JSON).
 * Labels are final strings, so the browser draws exactly what the server formatted.
 */
public final class ChartConfig {
    /** Looked up once: {@code Json.create…} runs the ServiceLoader on every call, which dominated large charts. */
    public static final JsonProvider JSON = JsonProvider.provider();
    /** Chart.js animates every point; above this many it only delays the first paint. */
    static final int ANIMATION_LIMIT = 1000;

    private final String type;
    private final JsonArrayBuilder labels = JSON.createArrayBuilder();
    private final List<JsonObjectBuilder> datasets = new ArrayList<>();
    private final Map<String, JsonObjectBuilder> scales = new LinkedHashMap<>();
    private final JsonObjectBuilder options = JSON.createObjectBuilder();
    private final JsonObjectBuilder plugins = JSON.createObjectBuilder();
    private final JsonObjectBuilder hints = JSON.createObjectBuilder();
    private int points;

    public ChartConfig(String type, Drawing d) {
        this.type = type;
        ValueFormats f = d.formats();
        ValueFormats.NumberStyle s = f.style();
        // the browser's Intl knows "UTC", not java.time's "Z"
        String zone = f.zone().normalized().equals(ZoneOffset.UTC) ? "UTC" : f.zone().getId();
        hints.add("locale", f.languageTag()).add("timeZone", zone)
                .add("currency", s.currency() == null ? "USD" : s.currency())
                .add("numberFormat", JSON.createObjectBuilder().add("style", s.style())
                        .add("currency", s.currency() == null ? "USD" : s.currency())
                        .add("decimals", s.decimals() == null ? JsonValue.NULL : JSON.createValue(s.decimals()))
                        .add("compact", s.compact()).add("prefix", s.prefix()).add("suffix", s.suffix()))
                .add("labels", d.settings().flag("labels", false));
    }

    public ChartConfig label(String text) {
        labels.add(text);
        return this;
    }

    public ChartConfig labels(List<String> texts) {
        texts.forEach(labels::add);
        return this;
    }

    /** A dataset: the caller fills label, data and style. */
    public JsonObjectBuilder dataset() {
        JsonObjectBuilder dataset = JSON.createObjectBuilder();
        datasets.add(dataset);
        return dataset;
    }

    /** Values as a JSON array; null, NaN and infinities become null (a gap). */
    public JsonArrayBuilder values(Double[] values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (Double v : values) {
            array.add(v == null || !Double.isFinite(v) ? JsonValue.NULL : JSON.createValue(v));
        }
        points += values.length;
        return array;
    }

    public void countPoints(int more) {
        points += more;
    }

    /** The scale {@code id} ({@code x}, {@code y}, {@code y1}, {@code r}), created on first use. */
    public JsonObjectBuilder scale(String id) {
        return scales.computeIfAbsent(id, k -> JSON.createObjectBuilder());
    }

    public JsonObjectBuilder options() {
        return options;
    }

    public JsonObjectBuilder plugins() {
        return plugins;
    }

    public JsonObjectBuilder hints() {
        return hints;
    }

    /** Axis settings {@code {title, min, max, scale}} onto a scale. */
    public void axis(String id, VizSettings axis) {
        if (axis.values().isEmpty()) {
            return;
        }
        JsonObjectBuilder scale = scale(id);
        axis.text("title").ifPresent(t -> scale.add("title", JSON.createObjectBuilder().add("display", true)
                .add("text", t)));
        axis.number("min").ifPresent(v -> scale.add("min", v));
        axis.number("max").ifPresent(v -> scale.add("max", v));
        if ("log".equals(axis.text("scale", "linear"))) {
            scale.add("type", "logarithmic");
        }
    }

    /** Legend per setting; by default shown when there is more than one series. */
    public void legend(VizSettings settings, boolean severalSeries) {
        String position = settings.text("legend", severalSeries ? "top" : "none");
        plugins.add("legend", "none".equals(position)
                ? JSON.createObjectBuilder().add("display", false)
                : JSON.createObjectBuilder().add("display", true).add("position", position));
    }

    public void sampling(Sampling sampling) {
        hints.add("sampling", JSON.createObjectBuilder().add("method", sampling.method())
                .add("sourcePoints", sampling.sourcePoints()).add("shownPoints", sampling.shownPoints()));
    }

    /**
     * A raw value for the drill hints: exact numbers stay exact, other numbers become doubles (NaN and infinities
     * null), booleans stay booleans, and everything else — times included — is its ISO / plain text.
     */
    public static JsonValue raw(Object value) {
        if (value instanceof Number) {
            Double d = ValueFormats.toDouble(value);
            return d == null ? JsonValue.NULL : value instanceof BigDecimal exact ? JSON.createValue(exact)
                    : value instanceof Long whole ? JSON.createValue(whole) : JSON.createValue(d);
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        return value == null ? JsonValue.NULL : JSON.createValue(ValueFormats.text(value));
    }

    public String json() {
        JsonArrayBuilder sets = JSON.createArrayBuilder();
        datasets.forEach(sets::add);
        JsonObjectBuilder scaleObject = JSON.createObjectBuilder();
        scales.forEach(scaleObject::add);
        options.add("responsive", true).add("maintainAspectRatio", false);
        if (points > ANIMATION_LIMIT) {
            options.add("animation", false);
        }
        if (!scales.isEmpty()) {
            options.add("scales", scaleObject);
        }
        plugins.add("insightiq", hints);
        options.add("plugins", plugins);
        return JSON.createObjectBuilder().add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", options).build().toString();
    }
}
