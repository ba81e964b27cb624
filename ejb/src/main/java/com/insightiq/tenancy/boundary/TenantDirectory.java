package com.insightiq.tenancy.boundary;

import com.insightiq.tenancy.control.TenantRegistry;
import com.insightiq.tenancy.control.TenantResolution;
import com.insightiq.tenancy.entity.Slug;
import com.insightiq.tenancy.entity.Tenant;
import com.insightiq.tenancy.entity.TenantStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** Answers the web filter's question "which tenant is this request for, and may it be served?" before sign-in. */
@Stateless
public class TenantDirectory {
    @Inject
    TenantRegistry registry;

    public enum State { NONE, UNKNOWN, ACTIVE, SUSPENDED }

    public record Resolved(State state, String slug, String name, String path, boolean byPath) {
    }

    public Resolved resolve(String host, String path) {
        TenantResolution.Target target = TenantResolution.resolve(host, path,
                h -> registry.byHost(h).filter(Tenant::isActive).map(Tenant::slug));
        if (target.slug().isEmpty()) {
            return new Resolved(State.NONE, null, null, target.path(), false);
        }
        String slug = target.slug().get();
        Optional<Tenant> tenant = Slug.isValid(slug) ? registry.bySlug(slug) : Optional.empty();
        if (tenant.isEmpty() || tenant.get().status() == TenantStatus.PROVISIONING) {
            return new Resolved(State.UNKNOWN, TenantRegistry.printable(slug), null, target.path(), target.byPath());
        }
        Tenant t = tenant.get();
        return new Resolved(t.isActive() ? State.ACTIVE : State.SUSPENDED, t.slug(), t.name(), target.path(),
                target.byPath());
    }
}
