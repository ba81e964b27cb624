package com.insightiq.query.view;

import com.insightiq.query.boundary.ParameterForm;
import com.insightiq.query.boundary.QueryForm;
import java.io.Serializable;
import java.util.List;

/**
 * A query as it was asked, kept with the page (and as the draft of a question): exports write exactly what the person
 * sees, and the question editor of the next release starts from it. Values are JSON-like, hence serializable.
 */
public record LastRun(Long dataSourceId, String sql, List<Parameter> parameters) implements Serializable {

    public record Parameter(String name, String type, Serializable value, Long columnId, String alias)
            implements Serializable {
    }

    static LastRun of(QueryForm form) {
        return new LastRun(form.dataSourceId(), form.sql(), form.parameters().stream()
                .map(p -> new Parameter(p.name(), p.type(), (Serializable) p.value(), p.columnId(), p.alias()))
                .toList());
    }

    QueryForm form() {
        return new QueryForm(dataSourceId, sql, parameters.stream()
                .map(p -> new ParameterForm(p.name(), p.type(), p.value(), p.columnId(), p.alias())).toList(),
                null, null);
    }
}
