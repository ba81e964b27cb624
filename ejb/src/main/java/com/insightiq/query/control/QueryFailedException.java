package com.insightiq.query.control;

import jakarta.ejb.ApplicationException;

/** A query that could not give rows for a reason the person can act on; {@link #problem()} says which. */
@ApplicationException(rollback = true)
public class QueryFailedException extends RuntimeException {
    private final QueryProblem problem;

    public QueryFailedException(QueryProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public QueryFailedException(String code, String message) {
        this(QueryProblem.of(code, message));
    }

    public QueryProblem problem() {
        return problem;
    }
}
