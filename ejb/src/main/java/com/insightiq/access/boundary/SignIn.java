package com.insightiq.access.boundary;

import com.insightiq.access.control.PasswordHashing;
import com.insightiq.access.control.SecretTokens;
import com.insightiq.access.control.UserDirectory;
import com.insightiq.access.control.UserPrincipal;
import com.insightiq.access.entity.ApiToken;
import com.insightiq.access.entity.User;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks credentials and keeps count of failures: the 5th failure in a row locks the account for 15 minutes. Returns
 * an outcome instead of throwing, so that the failure count commits.
 */
@Stateless
public class SignIn {
    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    UserDirectory users;

    @Inject
    PasswordHashing hashing;

    @Inject
    @ConfigProperty(name = "insightiq.api.token-hours", defaultValue = "12")
    int tokenHours;

    public enum Outcome { SIGNED_IN, WRONG_CREDENTIALS, LOCKED }

    public record Attempt(Outcome outcome, UserPrincipal principal, Instant lockedUntil) {
        public boolean succeeded() {
            return outcome == Outcome.SIGNED_IN;
        }
    }

    public record IssuedToken(String token, Instant expiresAt, UserPrincipal principal) {
    }

    public Attempt attempt(String email, String password) {
        Optional<User> found = users.byEmail(email);
        if (found.isEmpty()) {
            hashing.spendVerificationTime(password);
            return new Attempt(Outcome.WRONG_CREDENTIALS, null, null);
        }
        User user = found.get();
        Instant now = Instant.now();
        if (user.isLocked(now)) {
            return new Attempt(Outcome.LOCKED, null, user.lockedUntil().orElse(now));
        }
        if (!hashing.matches(password, user.passwordHash())) {
            user.recordFailedSignIn(now, MAX_FAILED_ATTEMPTS, LOCK_DURATION);
            return user.isLocked(now)
                    ? new Attempt(Outcome.LOCKED, null, user.lockedUntil().orElse(now))
                    : new Attempt(Outcome.WRONG_CREDENTIALS, null, null);
        }
        user.recordSuccessfulSignIn();
        return new Attempt(Outcome.SIGNED_IN, new UserPrincipal(user.id(), user.email()), null);
    }

    public IssuedToken issueToken(UserPrincipal principal) {
        Instant now = Instant.now();
        em.createQuery("DELETE FROM ApiToken t WHERE t.expiresAt < :now").setParameter("now", now).executeUpdate();
        User user = em.find(User.class, principal.userId());
        String token = SecretTokens.newToken();
        Instant expires = now.plus(Duration.ofHours(tokenHours));
        em.persist(new ApiToken(SecretTokens.sha256(token), user, now, expires));
        return new IssuedToken(token, expires, principal);
    }

    public Optional<UserPrincipal> principalForToken(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        ApiToken stored = em.find(ApiToken.class, SecretTokens.sha256(token));
        if (stored == null || !stored.isValid(Instant.now())) {
            return Optional.empty();
        }
        User user = stored.user();
        return Optional.of(new UserPrincipal(user.id(), user.email()));
    }

    public void revokeToken(String token) {
        if (token != null && token.length() <= 200) {
            em.createQuery("DELETE FROM ApiToken t WHERE t.tokenHash = :h")
                    .setParameter("h", SecretTokens.sha256(token)).executeUpdate();
        }
    }
}
