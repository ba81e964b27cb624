package com.insightiq.tenancy.boundary;

import com.insightiq.access.control.PasswordHashing;
import com.insightiq.access.control.PasswordPolicy;
import com.insightiq.access.control.SecretTokens;
import com.insightiq.access.control.UserDirectory;
import com.insightiq.access.entity.User;
import com.insightiq.tenancy.control.FirstStart;
import com.insightiq.tenancy.control.ProvisioningSteps;
import com.insightiq.tenancy.control.SchemaMigrations;
import com.insightiq.tenancy.control.TenantProvisioning;
import com.insightiq.tenancy.control.TenantRegistry;
import com.insightiq.tenancy.entity.Slug;
import com.insightiq.tenancy.entity.Tenant;
import com.insightiq.tenancy.entity.TenantStatus;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At deploy: migrate the control schema, sweep half-made tenants, migrate every tenant schema, and on the very first
 * start create the platform administrator and the demo tenant {@code acme}. Bean-managed, so each schema commits alone.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformStartup {
    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());
    public static final String DEMO_TENANT = "acme";

    @Inject
    SchemaMigrations migrations;

    @Inject
    TenantProvisioning provisioning;

    @Inject
    TenantRegistry registry;

    @Inject
    FirstStart firstStart;

    @Inject
    UserDirectory users;

    @Inject
    PasswordHashing hashing;

    @Inject
    @ConfigProperty(name = "insightiq.admin.email", defaultValue = "admin@insightiq.local")
    String adminEmail;

    @Inject
    @ConfigProperty(name = "insightiq.admin.password")
    Optional<String> adminPassword;

    @PostConstruct
    void start() {
        long began = System.nanoTime();
        migrations.migrateControl();
        provisioning.sweepUnfinished();
        List<Tenant> tenants = new java.util.ArrayList<>(registry.withStatus(TenantStatus.ACTIVE));
        tenants.addAll(registry.withStatus(TenantStatus.SUSPENDED));
        int migrated = migrations.migrateTenants(tenants.stream().map(Tenant::schema).toList());
        if (!firstStart.hasPlatformAdmin()) {
            createFirstAdmin();
        }
        LOG.info(() -> "InsightIQ schemas ready: control + " + tenants.size() + " tenant(s) (" + migrated
                + " migrated) in " + (System.nanoTime() - began) / 1_000_000 + " ms");
    }

    private void createFirstAdmin() {
        String email = adminEmail.trim().toLowerCase();
        String password = adminPassword.filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = SecretTokens.newPassword();
        } else {
            PasswordPolicy.problemWith(password, email).ifPresent(p ->
                    LOG.warning("INSIGHTIQ_ADMIN_PASSWORD is weak (" + p + "); it is used anyway because you chose it."));
        }
        String hash = hashing.hash(password);
        User admin = firstStart.createPlatformAdmin(email, hash);
        if (registry.bySlug(DEMO_TENANT).isEmpty()) {
            provisioning.provision(new Slug(DEMO_TENANT), "Acme Corporation",
                    new ProvisioningSteps.AdminAccount(admin.email(), admin.name(), null),
                    SchemaMigrations.TENANT_LOCATION);
        }
        if (generated) {
            firstStart.handOverGeneratedPassword(email, password);
        }
        LOG.info("First start: platform administrator " + email + " created; demo tenant '" + DEMO_TENANT + "' ready.");
    }
}
