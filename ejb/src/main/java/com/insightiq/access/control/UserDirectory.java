package com.insightiq.access.control;

import com.insightiq.access.entity.Membership;
import com.insightiq.access.entity.PlatformAdmin;
import com.insightiq.access.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Users and what they may do, read from the control schema. Callers own the transaction. */
@ApplicationScoped
public class UserDirectory {
    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    public Optional<User> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(User.BY_EMAIL, User.class).setParameter("email", email.trim())
                .getResultStream().findFirst();
    }

    public Optional<User> byId(long id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    /** An existing account keeps its password; a new one needs a hash. */
    public User findOrCreate(String email, String name, String passwordHash) {
        return byEmail(email).orElseGet(() -> {
            if (passwordHash == null) {
                throw new IllegalArgumentException("A new account needs a password");
            }
            User user = new User(email.trim().toLowerCase(Locale.ROOT), name, passwordHash);
            em.persist(user);
            em.flush();
            return user;
        });
    }

    public List<Membership> membershipsOf(long userId) {
        return em.createNamedQuery(Membership.OF_USER, Membership.class).setParameter("userId", userId)
                .getResultList();
    }

    public boolean isPlatformAdmin(long userId) {
        return em.find(PlatformAdmin.class, userId) != null;
    }

    public void makePlatformAdmin(User user) {
        if (!isPlatformAdmin(user.id())) {
            em.persist(new PlatformAdmin(user.id()));
        }
    }

    public boolean anyPlatformAdmin() {
        return !em.createQuery("SELECT p FROM PlatformAdmin p", PlatformAdmin.class).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** Every permission the user holds, over all tenants; suspended tenants grant nothing. */
    public Set<String> permissionsOf(long userId) {
        Set<String> permissions = new LinkedHashSet<>();
        if (isPlatformAdmin(userId)) {
            permissions.add(RolePermissions.PLATFORM_ADMIN);
        }
        for (Membership m : membershipsOf(userId)) {
            if (m.tenant().isActive()) {
                permissions.addAll(RolePermissions.of(m.tenant().slug(), m.role()));
            }
        }
        return permissions;
    }
}
