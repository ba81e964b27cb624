package com.insightiq.connection.control;

/** A tenant's database could not be reached; {@link #problem()} says why in words a person can act on. */
public class SourceUnavailableException extends Exception {
    private final transient ConnectionProblem problem;

    public SourceUnavailableException(ConnectionProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public ConnectionProblem problem() {
        return problem;
    }
}
