package com.insightiq.collection.boundary;

import com.insightiq.access.entity.Role;
import com.insightiq.collection.control.CollectionPolicy;
import com.insightiq.collection.control.CollectionRights;
import com.insightiq.collection.entity.Collection;
import com.insightiq.collection.entity.CollectionAccess;
import com.insightiq.collection.entity.CollectionGrant;
import com.insightiq.platform.control.ForbiddenException;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.tenancy.control.TenantAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The role × access matrix of a collection or the root; tenant admins only. Personal collections take no grants. */
@Stateless
public class CollectionGrants {
    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantAccess access;

    @Inject
    CollectionRights rights;

    public GrantsInfo get(String slug, Long id) {
        CollectionPolicy policy = admin(slug);
        Collection c = target(policy, slug, id);
        List<CollectionGrant> grants = em.createNamedQuery(CollectionGrant.ALL, CollectionGrant.class).getResultList();
        return new GrantsInfo(id, own(grants, id, Role.ANALYST), own(grants, id, Role.VIEWER),
                effective(policy.userId(), Role.ANALYST, grants, c), effective(policy.userId(), Role.VIEWER, grants, c));
    }

    public GrantsInfo change(String slug, Long id, GrantsForm form) {
        CollectionPolicy policy = admin(slug);
        target(policy, slug, id);
        if (form == null) {
            throw new InvalidInputException("Send {\"analyst\": …, \"viewer\": …} with none, view, curate or null.");
        }
        set(id, Role.ANALYST, parse(form.analyst()));
        set(id, Role.VIEWER, parse(form.viewer()));
        em.flush();
        return get(slug, id);
    }

    private CollectionPolicy admin(String slug) {
        access.enter(slug, Collections.RESOURCE, "view");
        CollectionPolicy policy = rights.policy(slug);
        if (!policy.admin()) {
            throw new ForbiddenException("Only tenant admins manage who may see and change collections.");
        }
        return policy;
    }

    private Collection target(CollectionPolicy policy, String slug, Long id) {
        if (id == null) {
            return null;
        }
        Collection c = rights.visible(policy, slug, id);
        if (c.personal()) {
            throw new InvalidInputException("Personal collections belong to their owner; they take no grants.");
        }
        return c;
    }

    private void set(Long id, Role role, Optional<CollectionAccess> value) {
        Optional<CollectionGrant> existing = grant(id, role);
        if (value.isEmpty()) {
            existing.ifPresent(em::remove);
        } else if (existing.isPresent()) {
            existing.get().change(value.get());
        } else {
            em.persist(new CollectionGrant(id, role, value.get()));
        }
    }

    private Optional<CollectionGrant> grant(Long id, Role role) {
        return em.createNamedQuery(CollectionGrant.ALL, CollectionGrant.class).getResultStream()
                .filter(g -> g.role() == role && Objects.equals(g.collectionId().orElse(null), id)).findFirst();
    }

    private static Optional<CollectionAccess> parse(String text) {
        if (text == null || text.isBlank() || text.equalsIgnoreCase("inherit")) {
            return Optional.empty();
        }
        return Arrays.stream(CollectionAccess.values()).filter(a -> a.name().equalsIgnoreCase(text.strip()))
                .findFirst().map(Optional::of).orElseThrow(() -> new InvalidInputException(
                        "Access is none, view, curate or null (inherit), not '" + text + "'."));
    }

    private static String own(List<CollectionGrant> grants, Long id, Role role) {
        return grants.stream().filter(g -> g.role() == role && Objects.equals(g.collectionId().orElse(null), id))
                .findFirst().map(g -> lower(g.access())).orElse(null);
    }

    private static String effective(long userId, Role role, List<CollectionGrant> grants, Collection c) {
        return lower(new CollectionPolicy(userId, role, grants).accessOf(c));
    }

    private static String lower(CollectionAccess a) {
        return a.name().toLowerCase(Locale.ROOT);
    }
}
