package com.insightiq.tenancy.control;

import com.insightiq.platform.control.ConflictException;
import com.insightiq.tenancy.entity.Slug;
import com.insightiq.tenancy.entity.Tenant;
import com.insightiq.tenancy.entity.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creates a tenant: control row, schema, migrations, first admin. All or nothing: a failure at any step drops what
 * the earlier steps made, and rows a crash left in PROVISIONING are swept at the next start.
 */
@ApplicationScoped
public class TenantProvisioning {
    private static final Logger LOG = Logger.getLogger(TenantProvisioning.class.getName());

    @Inject
    ProvisioningSteps steps;

    @Inject
    SchemaMigrations migrations;

    @Inject
    TenantSchemas schemas;

    @Inject
    TenantRegistry registry;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Tenant provision(Slug slug, String name, ProvisioningSteps.AdminAccount admin, String migrationLocation) {
        if (registry.bySlug(slug.value()).isPresent()) {
            throw new ConflictException("The slug '" + slug + "' is already taken.");
        }
        if (schemas.exists(slug)) {
            throw new ConflictException("The database already has a schema named " + slug.schema()
                    + " that InsightIQ did not create; choose another slug.");
        }
        long id = steps.reserve(slug, name);
        try {
            migrations.migrateTenant(slug.schema(), migrationLocation);
            return steps.complete(id, admin);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Provisioning tenant " + slug + " failed; undoing it", e);
            undo(slug, id);
            throw new ProvisioningFailedException(
                    "Creating tenant '" + slug + "' failed and was rolled back: " + rootMessage(e));
        }
    }

    /** Removes tenants that a crash left half-made. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void sweepUnfinished() {
        for (Tenant tenant : registry.withStatus(TenantStatus.PROVISIONING)) {
            LOG.warning("Removing tenant " + tenant.slug() + " left half-provisioned by an earlier run");
            undo(new Slug(tenant.slug()), tenant.id());
        }
    }

    private void undo(Slug slug, long tenantId) {
        schemas.drop(slug);
        steps.forget(tenantId);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
