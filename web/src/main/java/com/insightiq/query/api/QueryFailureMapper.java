package com.insightiq.query.api;

import com.insightiq.query.boundary.Queries;
import com.insightiq.query.control.QueryFailedException;
import com.insightiq.query.control.QueryProblem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A query refused or failed before it had an execution (bad template, a write, an unreachable source, an export that
 * failed): 400 with the engine's code, or 409 when it was cancelled.
 */
@Provider
public class QueryFailureMapper implements ExceptionMapper<QueryFailedException> {

    @Override
    public Response toResponse(QueryFailedException failure) {
        QueryProblem problem = failure.problem();
        return QueryResponses.error(QueryProblem.CANCELLED.equals(problem.code()) ? 409 : 400,
                Queries.error(problem), null);
    }
}
