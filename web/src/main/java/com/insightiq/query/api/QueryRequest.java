package com.insightiq.query.api;

import com.insightiq.query.boundary.ParameterForm;
import com.insightiq.query.boundary.QueryForm;
import java.util.List;

/**
 * The body of POST /queries: the query form plus how many seconds to wait for the result. A class, not a record:
 * a record cannot have a component named {@code wait}.
 */
public class QueryRequest {
    public Long dataSourceId;
    public String sql;
    public List<ParameterForm> parameters;
    public Long offset;
    public Integer limit;
    public Integer wait;

    QueryForm form() {
        return new QueryForm(dataSourceId, sql, parameters, offset, limit);
    }
}
