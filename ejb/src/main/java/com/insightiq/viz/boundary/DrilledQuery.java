package com.insightiq.viz.boundary;

import com.insightiq.query.boundary.ParameterForm;
import java.util.List;

/**
 * The SQL of a drill-through: the original query wrapped as a subquery with the clicked values as bound
 * parameters (never spliced into the text), plus the visualization that fits it.
 */
public record DrilledQuery(String sql, List<ParameterForm> parameters, Visualization visualization) {
}
