package com.insightiq.query.boundary;

import java.util.List;

/**
 * What a person (page or API) asks to run: SQL against one of the tenant's data sources with values for its template
 * variables, and optionally which page of the result ({@code offset}, {@code limit}; the row cap when absent).
 */
public record QueryForm(Long dataSourceId, String sql, List<ParameterForm> parameters, Long offset, Integer limit) {
    public QueryForm {
        parameters = parameters == null ? List.of() : parameters;
    }
}
