package com.insightiq.catalog.boundary;

import com.insightiq.catalog.control.ScheduledSyncs;
import com.insightiq.tenancy.control.TenantRegistry;
import com.insightiq.tenancy.entity.Tenant;
import com.insightiq.tenancy.entity.TenantStatus;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Shortly after the application starts (migrations done), asks for every catalog sync the previous server left
 * running to be resumed. A timer instead of the start itself, so the broker connection and the MDB are up.
 */
@Startup
@Singleton
@DependsOn("PlatformStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SyncRecovery {
    private static final Logger LOG = Logger.getLogger(SyncRecovery.class.getName());

    @Resource
    TimerService timers;

    @Inject
    TenantRegistry registry;

    @Inject
    ScheduledSyncs scheduled;

    @PostConstruct
    void soon() {
        timers.createSingleActionTimer(10_000, new TimerConfig("catalog sync recovery", false));
    }

    @Timeout
    void sweep() {
        for (Tenant tenant : registry.withStatus(TenantStatus.ACTIVE)) {
            try {
                scheduled.resumeInterrupted(tenant);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not resume the interrupted catalog syncs of " + tenant.slug(), e);
            }
        }
    }
}
