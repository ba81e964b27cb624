package com.insightiq.query.boundary;

import com.insightiq.query.control.ExportFiles;
import com.insightiq.query.control.InterruptedExports;
import com.insightiq.tenancy.control.TenantRegistry;
import com.insightiq.tenancy.entity.Tenant;
import com.insightiq.tenancy.entity.TenantStatus;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 15 minutes removes export files older than {@code insightiq.export.keep-hours} (downloads already refuse a
 * file past its expiry, so a late tick only costs disk space, never exposure) and fails exports a server stop cut
 * off. Not persistent: the next tick covers a missed one.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExportCleanup {
    private static final Logger LOG = Logger.getLogger(ExportCleanup.class.getName());

    @Inject
    ExportFiles files;

    @Inject
    TenantRegistry registry;

    @Inject
    InterruptedExports interrupted;

    @Schedule(minute = "*/15", hour = "*", persistent = false, info = "export file cleanup")
    void tick() {
        int removed = files.removeExpired(Instant.now());
        if (removed > 0) {
            LOG.info(() -> "Removed " + removed + " expired export files");
        }
        Instant serverStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        for (Tenant tenant : registry.withStatus(TenantStatus.ACTIVE)) {
            try {
                int failed = interrupted.failBefore(tenant, serverStart);
                if (failed > 0) {
                    LOG.info(() -> failed + " exports of " + tenant.slug() + " were cut off by a server stop");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not close interrupted exports of " + tenant.slug(), e);
            }
        }
    }
}
