package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.tenancy.entity.Slug;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenantQueuesTest {
    private final TenantQueues queues = new TenantQueues();
    private final List<String> started = new ArrayList<>();
    private final Slug noisy = new Slug("noisy");
    private final Slug quiet = new Slug("quiet");

    private TenantQueues.Ticket ticket(String id) {
        return new TenantQueues.Ticket() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public void start() {
                started.add(id);
            }
        };
    }

    @Test
    void aTenantWaitsBehindItsOwnQueriesInOrder() {
        for (int i = 1; i <= 5; i++) {
            queues.enqueue(noisy, 2, ticket("n" + i));
        }
        assertEquals(List.of("n1", "n2"), started);
        assertEquals(1, queues.position(noisy, "n3"));
        assertEquals(3, queues.position(noisy, "n5"));
        assertEquals(0, queues.position(noisy, "n1"), "running, not waiting");
        queues.release(noisy);
        assertEquals(List.of("n1", "n2", "n3"), started, "first in, first out");
        assertEquals(2, queues.running(noisy));
    }

    @Test
    void otherTenantsNeverWaitForANoisyOne() {
        for (int i = 1; i <= 10; i++) {
            queues.enqueue(noisy, 1, ticket("n" + i));
        }
        queues.enqueue(quiet, 1, ticket("q1"));
        assertEquals(List.of("n1", "q1"), started);
    }

    @Test
    void withdrawnTicketsNeverStart() {
        queues.enqueue(noisy, 1, ticket("a"));
        queues.enqueue(noisy, 1, ticket("b"));
        queues.enqueue(noisy, 1, ticket("c"));
        assertTrue(queues.withdraw(noisy, "b"));
        assertFalse(queues.withdraw(noisy, "a"), "already running");
        assertEquals(1, queues.position(noisy, "c"));
        queues.release(noisy);
        assertEquals(List.of("a", "c"), started);
    }

    @Test
    void aRaisedLimitStartsMoreAtTheNextRelease() {
        queues.enqueue(noisy, 1, ticket("a"));
        queues.enqueue(noisy, 1, ticket("b"));
        queues.enqueue(noisy, 3, ticket("c"));
        queues.release(noisy);
        assertEquals(List.of("a", "b", "c"), started);
    }
}
