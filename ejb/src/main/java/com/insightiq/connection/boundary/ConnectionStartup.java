package com.insightiq.connection.boundary;

import com.insightiq.connection.control.SecretResealing;
import com.insightiq.tenancy.control.TenantRegistry;
import com.insightiq.tenancy.entity.Slug;
import com.insightiq.tenancy.entity.Tenant;
import com.insightiq.tenancy.entity.TenantStatus;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * After the schemas are migrated: finish a secret-key rotation in every tenant. Bean-managed, so one tenant's trouble
 * never blocks another's.
 */
@Startup
@Singleton
@DependsOn("PlatformStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class ConnectionStartup {

    @Inject
    TenantRegistry registry;

    @Inject
    SecretResealing resealing;

    @PostConstruct
    void start() {
        List<Tenant> tenants = new ArrayList<>(registry.withStatus(TenantStatus.ACTIVE));
        tenants.addAll(registry.withStatus(TenantStatus.SUSPENDED));
        for (Tenant tenant : tenants) {
            resealing.reseal(new Slug(tenant.slug()));
        }
    }
}
