package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FormulaGuardTest {

    @Test
    void owaspTriggerCharactersAreRisky() {
        for (String risky : new String[] {"=1+1", "+A1", "-A1", "@SUM(A1)", "\tcmd", "\rcmd", "-2+3", "+", "-"}) {
            assertTrue(FormulaGuard.isRisky(risky), risky);
            assertEquals("'" + risky, FormulaGuard.text(risky));
        }
    }

    @Test
    void plainTextAndNumbersAreNot() {
        for (String safe : new String[] {"", "a=b", "hello", "-5", "+1.5e3", "-.5", "12", " =1"}) {
            assertFalse(FormulaGuard.isRisky(safe), safe);
            assertEquals(safe, FormulaGuard.text(safe));
        }
        assertEquals(null, FormulaGuard.text(null));
    }
}
