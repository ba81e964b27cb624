package com.insightiq.connection.control;

/** Placeholder until the engine drivers land: turns a connection failure into a {@link ConnectionProblem}. */
public final class ConnectionProblems {
    private ConnectionProblems() {
    }

    public static ConnectionProblem classify(Throwable error, Driver driver) {
        return new ConnectionProblem(ConnectionProblem.Kind.UNKNOWN, "The database could not be reached.");
    }
}
