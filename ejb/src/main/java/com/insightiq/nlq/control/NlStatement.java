package com.insightiq.nlq.control;

import com.insightiq.query.boundary.ParameterForm;
import java.util.List;

/**
 * A compiled NlQuery. {@code template} is what runs: every value is a {@code {{vN}}} variable bound through the query
 * pipeline's parameters, never text. {@code sql} is the same statement with the values written as literals of the
 * engine's dialect, for people to read and copy (and for the accuracy scorer); it never runs inside InsightIQ.
 */
public record NlStatement(String template, List<ParameterForm> parameters, String sql) {
    public NlStatement {
        parameters = List.copyOf(parameters);
    }
}
