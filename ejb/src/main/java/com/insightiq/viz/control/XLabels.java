package com.insightiq.viz.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The x/category labels of a chart, formatted on the server (times at the {@code dateGrain} or the grain the values
 * have, in the reporting zone), and the drill hints that map each label and dataset back to raw values (instants as
 * ISO wall-clock times of the reporting zone, like the labels).
 */
public final class XLabels {
    private XLabels() {
    }

    public static DateGrain grain(Drawing d, List<Object> xs) {
        return d.settings().text("dateGrain").flatMap(DateGrain::of).orElseGet(() -> d.formats().grainOf(xs));
    }

    public static List<String> of(Drawing d, List<Object> xs) {
        DateGrain grain = grain(d, xs);
        List<String> labels = new ArrayList<>(xs.size());
        for (Object x : xs) {
            labels.add(x == ChartSampling.OTHER ? "Other" : x == null ? "(empty)" : d.formats().label(x, grain));
        }
        return labels;
    }

    /** {@code drill}: the dimension column, raw value per label, the breakout column and raw value per dataset. */
    public static void drill(ChartConfig config, Drawing d, ChartColumns columns, SeriesTable table) {
        JsonArrayBuilder values = ChartConfig.JSON.createArrayBuilder();
        for (Object x : table.xs()) {
            // instants as the reporting zone's wall clock, so a click on "Apr 1" drills into 1 April, as labelled
            Object raw = x instanceof OffsetDateTime ? d.formats().wallClock(x) : x;
            values.add(ChartConfig.raw(x == ChartSampling.OTHER ? null : raw));
        }
        JsonArrayBuilder seriesValues = ChartConfig.JSON.createArrayBuilder();
        JsonArrayBuilder metrics = ChartConfig.JSON.createArrayBuilder();
        for (SeriesTable.Series s : table.series()) {
            seriesValues.add(ChartConfig.raw(s.key()));
            metrics.add(s.metric());
        }
        JsonObjectBuilder drill = ChartConfig.JSON.createObjectBuilder()
                .add("dimension", d.names().get(columns.x()))
                .add("dimensionType", d.kind(columns.x()).name().toLowerCase(java.util.Locale.ROOT))
                .add("dateGrain", d.kind(columns.x()) == ColumnKind.TIME ? grain(d, table.xs()).code() : "")
                .add("values", values)
                .add("metrics", metrics)
                .add("seriesValues", seriesValues);
        if (columns.breakout() >= 0) {
            drill.add("series", d.names().get(columns.breakout()));
        }
        config.hints().add("drill", drill);
    }
}
