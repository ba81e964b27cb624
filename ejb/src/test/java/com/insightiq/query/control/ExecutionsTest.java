package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.query.entity.QueryPurpose;
import com.insightiq.tenancy.entity.Slug;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutionsTest {

    @Test
    void anExecutionIsFoundOnlyInItsTenant() {
        Executions executions = new Executions();
        Execution execution = new Execution("e1", QueryFixtures.request("SELECT 1"));
        executions.register(execution);
        assertTrue(executions.find(QueryFixtures.TENANT, "e1").isPresent());
        assertTrue(executions.find(new Slug("globex"), "e1").isEmpty());
        assertTrue(executions.find(QueryFixtures.TENANT, "e2").isEmpty());
        assertTrue(executions.find(QueryFixtures.TENANT, null).isEmpty());
    }

    @Test
    void finishedExecutionsAreForgottenBeyondTheBound() {
        Executions executions = new Executions();
        for (int i = 0; i < Executions.KEEP_FINISHED + 20; i++) {
            Execution e = new Execution("e" + i, QueryFixtures.request("SELECT 1"));
            e.start();
            e.complete(new ResultPage(List.of(), List.of(), 0, false, 0, false));
            executions.register(e);
        }
        executions.sweep();
        assertEquals(Executions.KEEP_FINISHED, executions.size());
        assertTrue(executions.find(QueryFixtures.TENANT, "e0").isEmpty(), "the oldest go first");
    }

    @Test
    void heldRowsAreBoundedToo() {
        Executions executions = new Executions();
        List<List<Object>> rows = java.util.Collections.nCopies(2000, List.<Object>of(1L));
        for (int i = 0; i < 150; i++) {
            Execution e = new Execution("e" + i, QueryFixtures.request("SELECT 1"));
            e.start();
            e.complete(new ResultPage(List.of(), rows, 0, true, 0, false));
            executions.register(e);
        }
        executions.sweep();
        assertEquals(Executions.KEEP_ROWS / 2000, executions.size());
        assertTrue(executions.find(QueryFixtures.TENANT, "e149").isPresent(), "the newest stay");
    }

    @Test
    void anExecutionEndsOnceAndWakesItsWaiters() {
        Execution e = new Execution("e", QuerySpec.of(QueryFixtures.TENANT, 1, 1L, "x", List.of(),
                QueryPurpose.INTERACTIVE, null, null));
        assertFalse(e.await(Duration.ofMillis(10)));
        assertTrue(e.start());
        assertFalse(e.start());
        e.fail(QueryProblem.of(QueryProblem.TIMEOUT, "slow"));
        e.complete(new ResultPage(List.of(), List.of(), 0, false, 0, false));
        assertEquals(ExecutionStatus.TIMEOUT, e.status());
        assertTrue(e.result().isEmpty());
        assertTrue(e.await(Duration.ZERO));
    }
}
