package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RunControlTest {

    @Test
    void countsRowsAndTime() throws Exception {
        RunControl control = new RunControl();
        assertFalse(control.isStarted());
        assertEquals(0, control.elapsedMs());
        control.started(Duration.ZERO);
        control.rowRead();
        control.rowRead();
        Thread.sleep(20);
        assertEquals(2, control.rowsRead());
        assertTrue(control.elapsedMs() >= 20);
        control.check();
    }

    @Test
    void theDeadlineStopsReading() throws Exception {
        RunControl control = new RunControl();
        control.started(Duration.ofMillis(10));
        Thread.sleep(30);
        QueryFailedException e = assertThrows(QueryFailedException.class, control::check);
        assertEquals(QueryProblem.TIMEOUT, e.problem().code());
        assertTrue(control.deadlinePassed());
    }

    @Test
    void cancellingBeforeTheStatementRefusesIt() throws Exception {
        RunControl control = new RunControl();
        control.cancel();
        assertTrue(control.isCancelled());
        assertThrows(QueryFailedException.class, () -> control.attach(null));
        assertEquals(QueryProblem.CANCELLED, assertThrows(QueryFailedException.class, control::check).problem().code());
    }
}
