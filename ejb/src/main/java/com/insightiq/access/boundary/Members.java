package com.insightiq.access.boundary;

import com.insightiq.access.control.EmailAddresses;
import com.insightiq.access.control.PasswordHashing;
import com.insightiq.access.control.PasswordPolicy;
import com.insightiq.access.control.SecretTokens;
import com.insightiq.access.control.UserDirectory;
import com.insightiq.access.entity.Membership;
import com.insightiq.access.entity.Role;
import com.insightiq.access.entity.User;
import com.insightiq.platform.control.ConflictException;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.tenancy.control.TenantAccess;
import com.insightiq.tenancy.entity.Tenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Tenant admins invite people, change their role and remove them; every member may see who else is there. */
@Stateless
public class Members {

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantAccess access;

    @Inject
    UserDirectory users;

    @Inject
    PasswordHashing hashing;

    @Inject
    Accounts accounts;

    public record Invitation(String email, String name, String role, String password) {
    }

    public List<MemberInfo> list(String slug) {
        Tenant tenant = access.enter(slug, "member", "view");
        return em.createNamedQuery(Membership.OF_TENANT, Membership.class).setParameter("tenantId", tenant.id())
                .getResultStream().map(Members::info).toList();
    }

    public MemberInfo get(String slug, long membershipId) {
        Tenant tenant = access.enter(slug, "member", "view");
        return info(find(tenant, membershipId));
    }

    /**
     * Adds a person: an existing account gets a membership; a new one is created with the given password, or, without
     * one, receives a link to choose it.
     */
    public MemberInfo invite(String slug, Invitation invitation, String resetPageUrl) {
        Tenant tenant = access.enter(slug, "member", "manage");
        String email = invitation.email() == null ? "" : invitation.email().trim();
        if (!EmailAddresses.isValid(email)) {
            throw new InvalidInputException("'" + shorten(email) + "' is not an e-mail address.");
        }
        Role role = parseRole(invitation.role());
        User user = users.byEmail(email).orElse(null);
        boolean created = false;
        if (user == null) {
            String name = invitation.name() == null || invitation.name().isBlank()
                    ? email.substring(0, email.indexOf('@')) : invitation.name().trim();
            if (name.length() > 200) {
                throw new InvalidInputException("The name must be at most 200 characters.");
            }
            String password = invitation.password();
            if (password != null) {
                PasswordPolicy.problemWith(password, email).ifPresent(p -> {
                    throw new InvalidInputException(p);
                });
            }
            String hash = hashing.hash(password != null ? password : SecretTokens.newToken());
            user = users.findOrCreate(email, name, hash);
            created = password == null;
        }
        boolean already = !em.createNamedQuery(Membership.OF_USER_IN_TENANT, Membership.class)
                .setParameter("userId", user.id()).setParameter("tenantId", tenant.id()).getResultList().isEmpty();
        if (already) {
            throw new ConflictException(email + " is already a member of '" + tenant.slug() + "'.");
        }
        Membership membership = new Membership(user, tenant, role);
        em.persist(membership);
        em.flush();
        if (created) {
            accounts.requestPasswordReset(email, resetPageUrl);
        }
        return info(membership);
    }

    public MemberInfo changeRole(String slug, long membershipId, String roleText) {
        Tenant tenant = access.enter(slug, "member", "manage");
        Role role = parseRole(roleText);
        Membership membership = find(tenant, membershipId);
        if (membership.role() == Role.ADMIN && role != Role.ADMIN) {
            requireAnotherAdmin(tenant);
        }
        membership.changeRole(role);
        return info(membership);
    }

    public void remove(String slug, long membershipId) {
        Tenant tenant = access.enter(slug, "member", "manage");
        Membership membership = find(tenant, membershipId);
        if (membership.role() == Role.ADMIN) {
            requireAnotherAdmin(tenant);
        }
        em.remove(membership);
    }

    private void requireAnotherAdmin(Tenant tenant) {
        long admins = em.createNamedQuery(Membership.COUNT_ROLE, Long.class).setParameter("tenantId", tenant.id())
                .setParameter("role", Role.ADMIN).getSingleResult();
        if (admins <= 1) {
            throw new ConflictException("'" + tenant.slug() + "' needs at least one admin; make someone else admin first.");
        }
    }

    private Membership find(Tenant tenant, long membershipId) {
        Membership membership = em.find(Membership.class, membershipId);
        if (membership == null || !membership.tenant().id().equals(tenant.id())) {
            throw new NotFoundException("There is no member " + membershipId + " in '" + tenant.slug() + "'.");
        }
        return membership;
    }

    private static Role parseRole(String text) {
        return Role.parse(text).orElseThrow(() -> new InvalidInputException(
                "The role must be one of admin, analyst or viewer."));
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    static MemberInfo info(Membership m) {
        return new MemberInfo(m.id(), m.user().id(), m.user().email(), m.user().name(), m.role().label(),
                m.createdAt());
    }
}
