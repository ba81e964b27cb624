package com.insightiq.access.boundary;

import com.insightiq.access.control.Caller;
import com.insightiq.access.control.PasswordHashing;
import com.insightiq.access.control.PasswordPolicy;
import com.insightiq.access.control.ResetMail;
import com.insightiq.access.control.SecretTokens;
import com.insightiq.access.control.UserDirectory;
import com.insightiq.access.entity.PasswordReset;
import com.insightiq.access.entity.User;
import com.insightiq.platform.control.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/** A person's own account: who am I, my permissions, my profile, forgotten passwords. */
@Stateless
public class Accounts {
    static final Duration RESET_VALIDITY = Duration.ofHours(1);

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    UserDirectory users;

    @Inject
    PasswordHashing hashing;

    @Inject
    ResetMail resetMail;

    public Profile me() {
        long userId = caller.userId();
        User user = users.byId(userId).orElseThrow(() -> new IllegalStateException("Signed-in user vanished"));
        var tenants = users.membershipsOf(userId).stream()
                .filter(m -> m.tenant().isActive())
                .map(m -> new Profile.TenantMembership(m.tenant().slug(), m.tenant().name(), m.role().label()))
                .toList();
        return new Profile(user.id(), user.email(), user.name(), user.timeZone(), users.isPlatformAdmin(userId),
                tenants);
    }

    /** Used by the Shiro realm; not a user-facing call. */
    public Set<String> permissionsOf(long userId) {
        return users.permissionsOf(userId);
    }

    public void updateProfile(String name, String timeZone) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInputException("The name must be 1 to 200 characters.");
        }
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException | NullPointerException e) {
            throw new InvalidInputException("Unknown time zone '" + timeZone + "'. Use a name such as Europe/Berlin.");
        }
        users.byId(caller.userId()).orElseThrow().changeProfile(name.trim(), timeZone);
    }

    /**
     * Sends a reset link when the address has an account, and says nothing either way, so the form cannot be used to
     * find out who has an account.
     */
    public void requestPasswordReset(String email, String resetPageUrl) {
        users.byEmail(email).ifPresent(user -> {
            String token = SecretTokens.newToken();
            Instant now = Instant.now();
            em.persist(new PasswordReset(SecretTokens.sha256(token), user, now, now.plus(RESET_VALIDITY)));
            resetMail.send(user.email(), resetPageUrl + "?token=" + token);
        });
    }

    public void resetPassword(String token, String newPassword) {
        PasswordReset reset = token == null || token.length() > 200 ? null
                : em.find(PasswordReset.class, SecretTokens.sha256(token));
        Instant now = Instant.now();
        if (reset == null || !reset.isUsable(now)) {
            throw new InvalidInputException("This reset link is invalid or has expired. Ask for a new one.");
        }
        User user = reset.user();
        PasswordPolicy.problemWith(newPassword, user.email()).ifPresent(p -> {
            throw new InvalidInputException(p);
        });
        user.changePassword(hashing.hash(newPassword));
        reset.markUsed(now);
        em.createQuery("DELETE FROM ApiToken t WHERE t.user.id = :id").setParameter("id", user.id()).executeUpdate();
    }
}
