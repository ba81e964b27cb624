package com.insightiq.viz.boundary;

import com.insightiq.platform.control.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CONTRACT STUB (issue 5): signatures are fixed, bodies are placeholders until the viz engine lands.
 * Pure functions of their arguments: no tenant, no transaction; callers pass the tenant's time zone.
 */
@ApplicationScoped
public class Visualizations {
    /** The type codes, in the order pages offer them. */
    public List<String> types() {
        return List.of("table", "number", "trend", "progress", "gauge", "bar", "row", "line", "area", "combo", "pie",
                "scatter", "funnel", "waterfall", "histogram", "pivot");
    }

    /** The visualization that fits the result's shape best (one number → number; time + measure → line; …). */
    public Visualization suggest(VizData data) {
        return new Visualization("table", Map.of());
    }

    /** Checks a visualization a person sent (type known, settings' keys and values sensible); 400 with a sentence. */
    public Visualization check(Visualization requested) {
        if (requested == null || requested.type() == null || !types().contains(requested.type())) {
            throw new InvalidInputException("Unknown visualization type.");
        }
        return requested;
    }

    /**
     * Draws {@code data} as {@code requested} (null or a missing part: the suggestion), formatting for {@code locale}
     * and showing times in {@code zone}; downsamples charts above the point threshold.
     */
    public RenderedViz render(VizData data, Visualization requested, Locale locale, ZoneId zone) {
        Visualization v = requested == null ? suggest(data) : check(requested);
        return new RenderedViz(v.type(), v, null, null, null, null, Sampling.none(data.rows().size()), List.of());
    }
}
