package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryPipelineTest {
    private final List<String> ran = new ArrayList<>();

    private QueryStep step(String name, QueryStep.Phase phase) {
        return new QueryStep() {
            @Override
            public Phase phase() {
                return phase;
            }

            @Override
            public QuerySpec apply(QuerySpec spec) {
                ran.add(name);
                return spec;
            }
        };
    }

    @Test
    void planRunsThePlanStepsAndRunTheRestInOrderOnce() {
        QueryPipeline pipeline = new QueryPipeline(List.of(step("validate", QueryStep.Phase.PLAN),
                step("permissions", QueryStep.Phase.PLAN), step("execute", QueryStep.Phase.RUN),
                step("annotate", QueryStep.Phase.RUN)));
        QuerySpec planned = pipeline.plan(QueryFixtures.request("SELECT 1"));
        assertEquals(List.of("validate", "permissions"), ran);
        pipeline.run(planned);
        assertEquals(List.of("validate", "permissions", "execute", "annotate"), ran);
    }

    @Test
    void theProductionOrderIsTheDocumentedOne() {
        QueryPipeline pipeline = new QueryPipeline(new ValidateQuery(), new CheckPermission(), new ReadParameters(),
                new ApplyLimit(), new CompileSql(), new LookUpCache(), new ExecuteSql(), new AnnotateColumns(),
                new StreamRows());
        assertEquals(List.of("ValidateQuery", "CheckPermission", "ReadParameters", "ApplyLimit", "CompileSql",
                "LookUpCache", "ExecuteSql", "AnnotateColumns", "StreamRows"), pipeline.steps().stream()
                .map(s -> s.getClass().getSimpleName()).toList());
    }

    @Test
    void theConnectionGoesBackWhenALaterStepFails() throws Exception {
        Connection h2 = QueryFixtures.h2();
        ExecuteSql execute = new ExecuteSql();
        execute.pools = QueryFixtures.poolOf(h2);
        QueryStep failing = new QueryStep() {
            @Override
            public Phase phase() {
                return Phase.RUN;
            }

            @Override
            public QuerySpec apply(QuerySpec spec) {
                throw new IllegalStateException("annotate broke");
            }
        };
        QueryPipeline pipeline = new QueryPipeline(List.of(execute, failing));
        assertThrows(IllegalStateException.class, () -> pipeline.run(QueryFixtures.planned("SELECT 1", 5, 0)));
        assertTrue(h2.isClosed());
    }
}
