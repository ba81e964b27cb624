package com.insightiq.catalog.boundary;

import com.insightiq.catalog.control.ScheduledSyncs;
import com.insightiq.tenancy.control.TenantRegistry;
import com.insightiq.tenancy.entity.Tenant;
import com.insightiq.tenancy.entity.TenantStatus;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 10 minutes: for each active tenant, requests a sync of each data source whose schedule is due. Not persistent:
 * a tick missed while the server was down is covered by the next one (next_sync_at stays in the past until then).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlySyncs {
    private static final Logger LOG = Logger.getLogger(NightlySyncs.class.getName());

    @Inject
    TenantRegistry registry;

    @Inject
    ScheduledSyncs scheduled;

    @Schedule(minute = "*/10", hour = "*", persistent = false, info = "catalog sync schedule")
    void tick() {
        Instant now = Instant.now();
        for (Tenant tenant : registry.withStatus(TenantStatus.ACTIVE)) {
            try {
                scheduled.requestDue(tenant, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Scheduled catalog syncs of " + tenant.slug() + " failed; next tick retries", e);
            }
        }
    }
}
