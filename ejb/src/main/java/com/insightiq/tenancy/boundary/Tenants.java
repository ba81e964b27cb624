package com.insightiq.tenancy.boundary;

import com.insightiq.access.control.Caller;
import com.insightiq.access.control.EmailAddresses;
import com.insightiq.access.control.PasswordHashing;
import com.insightiq.access.control.PasswordPolicy;
import com.insightiq.access.control.RolePermissions;
import com.insightiq.access.control.UserDirectory;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.tenancy.control.ProvisioningSteps;
import com.insightiq.tenancy.control.SchemaMigrations;
import com.insightiq.tenancy.control.TenantClosed;
import com.insightiq.tenancy.control.TenantProvisioning;
import com.insightiq.tenancy.control.TenantRegistry;
import com.insightiq.tenancy.control.TenantResolution;
import com.insightiq.tenancy.entity.Slug;
import com.insightiq.tenancy.entity.Tenant;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Platform administrators create, rename, suspend, resume and delete tenants. */
@Stateless
public class Tenants {
    private static final Pattern HOST = Pattern.compile(
            "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$");

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Event<TenantClosed> closed;

    @Inject
    TenantRegistry registry;

    @Inject
    TenantProvisioning provisioning;

    @Inject
    UserDirectory users;

    @Inject
    PasswordHashing hashing;

    public record NewTenant(String slug, String name, String adminEmail, String adminPassword) {
    }

    public record TenantChange(String name, String status, List<String> hosts) {
    }

    public List<TenantInfo> list() {
        requirePlatformAdmin();
        return registry.all().stream().map(this::info).toList();
    }

    public TenantInfo get(String slug) {
        requirePlatformAdmin();
        return info(find(slug));
    }

    /** Validates everything before anything is written; the provisioning itself is all-or-nothing. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public TenantInfo create(NewTenant request) {
        return create(request, SchemaMigrations.TENANT_LOCATION);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public TenantInfo create(NewTenant request, String migrationLocation) {
        requirePlatformAdmin();
        String problem = Slug.problemWith(request.slug());
        if (problem != null) {
            throw new InvalidInputException(problem);
        }
        Slug slug = new Slug(request.slug());
        String name = requireName(request.name());
        String email = request.adminEmail() == null ? "" : request.adminEmail().trim();
        if (!EmailAddresses.isValid(email)) {
            throw new InvalidInputException("adminEmail must be an e-mail address.");
        }
        boolean exists = users.byEmail(email).isPresent();
        String hash = null;
        if (!exists) {
            PasswordPolicy.problemWith(request.adminPassword(), email).ifPresent(p -> {
                throw new InvalidInputException("adminPassword: " + p);
            });
            hash = hashing.hash(request.adminPassword());
        }
        String adminName = email.substring(0, email.indexOf('@'));
        Tenant tenant = provisioning.provision(slug, name,
                new ProvisioningSteps.AdminAccount(email, adminName, hash), migrationLocation);
        return info(registry.bySlug(tenant.slug()).orElseThrow());
    }

    public TenantInfo change(String slug, TenantChange change) {
        requirePlatformAdmin();
        Tenant tenant = find(slug);
        if (change.name() != null) {
            tenant.rename(requireName(change.name()));
        }
        if (change.status() != null) {
            switch (change.status().trim().toLowerCase()) {
                case "active" -> tenant.activate();
                case "suspended" -> {
                    tenant.suspend();
                    closed.fire(new TenantClosed(new Slug(tenant.slug()), false));
                }
                default -> throw new InvalidInputException("status must be 'active' or 'suspended'.");
            }
        }
        if (change.hosts() != null) {
            Set<String> hosts = new LinkedHashSet<>();
            for (String raw : change.hosts()) {
                String host = raw == null ? "" : TenantResolution.normaliseHost(raw);
                if (!HOST.matcher(host).matches()) {
                    throw new InvalidInputException("'" + TenantRegistry.printable(raw) + "' is not a host name.");
                }
                hosts.add(host);
            }
            if (hosts.size() > 20) {
                throw new InvalidInputException("A tenant may have at most 20 host names.");
            }
            registry.requireHostsFree(tenant, hosts);
            tenant.hosts().clear();
            tenant.hosts().addAll(hosts);
        }
        return info(tenant);
    }

    /** Deleting drops the schema with all the tenant's data, so the caller must type the slug to confirm. */
    public void delete(String slug, String confirmation) {
        requirePlatformAdmin();
        Tenant tenant = find(slug);
        if (confirmation == null || !confirmation.equals(tenant.slug())) {
            throw new InvalidInputException("To delete '" + tenant.slug() + "' and all its data, type its slug to confirm.");
        }
        // One transaction: PostgreSQL drops the schema only if the control rows go too.
        em.createNativeQuery("DROP SCHEMA IF EXISTS \"" + tenant.schema() + "\" CASCADE").executeUpdate();
        em.createQuery("DELETE FROM Membership m WHERE m.tenant.id = :id").setParameter("id", tenant.id())
                .executeUpdate();
        em.remove(tenant);
        closed.fire(new TenantClosed(new Slug(tenant.slug()), true));
    }

    private Tenant find(String slug) {
        return registry.bySlug(slug)
                .orElseThrow(() -> new NotFoundException("There is no tenant '" + TenantRegistry.printable(slug) + "'."));
    }

    private void requirePlatformAdmin() {
        caller.require(RolePermissions.MANAGE_TENANTS,
                "Only platform administrators manage tenants.");
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new InvalidInputException("The tenant name must be 1 to 200 characters.");
        }
        return name.strip();
    }

    private TenantInfo info(Tenant t) {
        long members = em.createQuery("SELECT COUNT(m) FROM Membership m WHERE m.tenant.id = :id", Long.class)
                .setParameter("id", t.id()).getSingleResult();
        return new TenantInfo(t.id(), t.slug(), t.name(), t.status().name().toLowerCase(), t.createdAt(),
                new ArrayList<>(t.hosts()), members);
    }
}
