package com.insightiq.access.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserTest {
    private static final Duration LOCK = Duration.ofMinutes(15);
    private final Instant now = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void theFifthFailureInARowLocksForFifteenMinutes() {
        User user = new User("a@b.test", "A", "hash");
        for (int i = 0; i < 4; i++) {
            user.recordFailedSignIn(now, 5, LOCK);
            assertFalse(user.isLocked(now));
        }
        user.recordFailedSignIn(now, 5, LOCK);
        assertTrue(user.isLocked(now));
        assertTrue(user.isLocked(now.plus(Duration.ofMinutes(14))));
        assertFalse(user.isLocked(now.plus(LOCK)));
    }

    @Test
    void aSuccessResetsTheCount() {
        User user = new User("a@b.test", "A", "hash");
        for (int i = 0; i < 4; i++) {
            user.recordFailedSignIn(now, 5, LOCK);
        }
        user.recordSuccessfulSignIn();
        user.recordFailedSignIn(now, 5, LOCK);
        assertEquals(1, user.failedAttempts());
        assertFalse(user.isLocked(now));
    }

    @Test
    void afterALockExpiresCountingStartsAgain() {
        User user = new User("a@b.test", "A", "hash");
        for (int i = 0; i < 5; i++) {
            user.recordFailedSignIn(now, 5, LOCK);
        }
        Instant later = now.plus(Duration.ofMinutes(20));
        user.recordFailedSignIn(later, 5, LOCK);
        assertEquals(1, user.failedAttempts());
        assertFalse(user.isLocked(later));
    }
}
