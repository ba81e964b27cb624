package com.insightiq.query.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The query pipeline, in order: validate → permissions → parameters → limit → compile → cache → execute → annotate →
 * stream. {@link #plan} runs the PLAN steps on the caller's thread (bad input fails at once, nothing is connected);
 * {@link #run} runs the RUN steps on an engine thread and always returns the connection, whatever happens.
 */
@ApplicationScoped
public class QueryPipeline {
    private final List<QueryStep> steps;

    @Inject
    public QueryPipeline(ValidateQuery validate, CheckPermission permissions, ReadParameters parameters,
                         ApplyLimit limit, CompileSql compile, LookUpCache cache, ExecuteSql execute,
                         AnnotateColumns annotate, StreamRows stream) {
        this(List.of(validate, permissions, parameters, limit, compile, cache, execute, annotate, stream));
    }

    public QueryPipeline(List<QueryStep> steps) {
        this.steps = List.copyOf(steps);
    }

    /** CDI needs a way to proxy the bean; never used to run queries. */
    protected QueryPipeline() {
        this.steps = List.of();
    }

    public List<QueryStep> steps() {
        return steps;
    }

    public QuerySpec plan(QuerySpec request) {
        QuerySpec spec = request;
        for (QueryStep step : steps) {
            if (step.phase() == QueryStep.Phase.PLAN) {
                spec = step.apply(spec);
            }
        }
        return spec;
    }

    public QuerySpec run(QuerySpec planned) {
        QuerySpec spec = planned;
        try {
            for (QueryStep step : steps) {
                if (step.phase() == QueryStep.Phase.RUN) {
                    spec = step.apply(spec);
                }
            }
            return spec;
        } finally {
            spec.control().detach();
            if (spec.cursor() != null) {
                spec.cursor().close();
            }
        }
    }
}
