package com.insightiq.sample.boundary;

import com.insightiq.sample.control.SampleConnection;
import com.insightiq.sample.control.SampleDatabase;
import com.insightiq.tenancy.boundary.PlatformStartup;
import com.insightiq.tenancy.control.TenantRegistry;
import com.insightiq.tenancy.entity.Slug;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * After the schemas are ready: load the sample database when it is configured and empty, and give the demo tenant its
 * "Sample Database" source. A sample that cannot be loaded is logged and skipped — InsightIQ starts without it.
 */
@Startup
@Singleton
@DependsOn({"PlatformStartup", "EmbeddedBroker"})
@TransactionManagement(TransactionManagementType.BEAN)
public class SampleStartup {
    private static final Logger LOG = Logger.getLogger(SampleStartup.class.getName());

    @Inject
    SampleDatabase sampleDatabase;

    @Inject
    TenantRegistry registry;

    @Inject
    SampleSource sampleSource;

    @PostConstruct
    void start() {
        try {
            Optional<SampleConnection> sample = sampleDatabase.ensureLoaded();
            if (sample.isEmpty() || registry.bySlug(PlatformStartup.DEMO_TENANT).isEmpty()) {
                return;
            }
            if (sampleSource.registerOnce(new Slug(PlatformStartup.DEMO_TENANT), sample.get())) {
                LOG.info("The demo tenant '" + PlatformStartup.DEMO_TENANT + "' has the sample database; first sync queued.");
            }
        } catch (RuntimeException e) {
            LOG.warning("The sample database is not available: " + e.getMessage());
        }
    }
}
