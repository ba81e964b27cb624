package com.insightiq.viz.boundary;

import com.insightiq.connection.control.Drivers;
import com.insightiq.connection.entity.Engine;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.query.control.ResultColumn;
import com.insightiq.viz.control.DrillThrough;
import com.insightiq.viz.control.Renderer;
import com.insightiq.viz.control.SettingsCheck;
import com.insightiq.viz.control.ShapeChoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pure functions of their arguments: no tenant, no transaction; callers pass the tenant's time zone
 * ({@link ReportZone}) and the person's locale.
 */
@ApplicationScoped
public class Visualizations {
    /** Points per series a chart sends to the browser; above it, charts are downsampled on the server. */
    @Inject
    @ConfigProperty(name = "insightiq.viz.max-points", defaultValue = "2000")
    int maxPoints = 2000;

    /** Rows a chart reads from a result; the reader (a RowSink) stops there and marks the data truncated. */
    @Inject
    @ConfigProperty(name = "insightiq.viz.max-rows", defaultValue = "100000")
    int maxRows = 100_000;

    @Inject
    Drivers drivers = new Drivers();

    /** How many rows callers should read for a chart ({@code insightiq.viz.max-rows}). */
    public int maxRows() {
        return maxRows;
    }

    /** The type codes, in the order pages offer them. */
    public List<String> types() {
        return List.of("table", "number", "trend", "progress", "gauge", "bar", "row", "line", "area", "combo", "pie",
                "scatter", "funnel", "waterfall", "histogram", "pivot");
    }

    /** The visualization that fits the result's shape best (one number → number; time + measure → line; …). */
    public Visualization suggest(VizData data) {
        return ShapeChoice.suggest(data);
    }

    /** Checks a visualization a person sent (type known, settings' keys and values sensible); 400 with a sentence. */
    public Visualization check(Visualization requested) {
        if (requested == null || requested.type() == null) {
            throw new InvalidInputException("The visualization needs a type: one of " + String.join(", ", types())
                    + ".");
        }
        if (!types().contains(requested.type())) {
            String type = requested.type().length() > 40 ? requested.type().substring(0, 39) + "…" : requested.type();
            throw new InvalidInputException("The visualization type \"" + type + "\" is not known; use one of "
                    + String.join(", ", types()) + ".");
        }
        SettingsCheck.check(requested.settings());
        return requested;
    }

    /**
     * Draws {@code data} as {@code requested} (null or a missing part: the suggestion), formatting for {@code locale}
     * and showing times in {@code zone}; downsamples charts above the point threshold.
     */
    public RenderedViz render(VizData data, Visualization requested, Locale locale, ZoneId zone) {
        if (requested == null || requested.type() == null) {
            return Renderer.render(data, suggest(data), locale, zone, maxPoints, List.of());
        }
        try {
            return Renderer.render(data, check(requested), locale, zone, maxPoints, List.of());
        } catch (InvalidInputException stale) {
            // settings saved before a rule changed must not break a page: draw what can be read, and say why
            Visualization v = types().contains(requested.type()) ? requested : suggest(data);
            return Renderer.render(data, v, locale, zone, maxPoints, List.of(stale.getMessage()));
        }
    }

    /**
     * The SQL of a drill-through for a PostgreSQL or Trino source (identifiers in double quotes): the question's SQL
     * wrapped with the clicked values bound as {@code {{drill_n}}} variables; the caller adds the question's own
     * parameter values. 400 when the SQL is not one reading statement or the request names unknown columns.
     */
    public DrilledQuery drill(String sql, DrillRequest request, List<ResultColumn> columns) {
        return drill(sql, request, columns, Engine.POSTGRESQL);
    }

    /** As {@link #drill(String, DrillRequest, List)}, quoting identifiers as the source's engine does. */
    public DrilledQuery drill(String sql, DrillRequest request, List<ResultColumn> columns, Engine engine) {
        return new DrillThrough(drivers.forEngine(engine)).drill(sql, request,
                columns == null ? List.of() : columns);
    }
}
