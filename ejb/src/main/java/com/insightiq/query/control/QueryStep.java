package com.insightiq.query.control;

/**
 * One step of the {@link QueryPipeline}: takes the canonical query and returns it with what this step adds, or throws
 * ({@link QueryFailedException}, {@link com.insightiq.platform.control.InvalidInputException}, …) to stop the run.
 * Steps are small, stateless and tested alone.
 */
public interface QueryStep {

    /** PLAN steps run on the caller's thread before any connection is taken; RUN steps on an engine thread. */
    enum Phase { PLAN, RUN }

    Phase phase();

    QuerySpec apply(QuerySpec spec);
}
