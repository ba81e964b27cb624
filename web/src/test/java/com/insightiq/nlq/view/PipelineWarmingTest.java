package com.insightiq.nlq.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;

class PipelineWarmingTest {
    /** Stands for the boundary's exception, which the page knows by name only (it may be wrapped by the container). */
    static final class LanguageNotReadyException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void notReadyIsFoundDirectlyOrWrapped() {
        assertTrue(PipelineWarming.is(new LanguageNotReadyException()));
        assertTrue(PipelineWarming.is(new EJBException(new LanguageNotReadyException())));
    }

    @Test
    void otherFailuresAreNotWarmingUp() {
        assertFalse(PipelineWarming.is(new EJBException(new UnsupportedOperationException("not yet"))));
        assertFalse(PipelineWarming.is(new IllegalStateException()));
    }
}
