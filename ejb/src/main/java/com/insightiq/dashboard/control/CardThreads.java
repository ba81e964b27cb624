package com.insightiq.dashboard.control;

import com.insightiq.query.control.TenantQueues;
import com.insightiq.tenancy.entity.Slug;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The threads dashboard cards run on, apart from the engine's and the server's default executor, with a per-tenant
 * cap on cards running at once ({@code insightiq.dashboard.max-concurrent-cards}): a tenant's hundred viewers queue
 * behind each other in the tenant's own FIFO lane, never in front of another tenant's cards. The engine's own
 * per-tenant lane still bounds the queries themselves.
 */
@ManagedExecutorDefinition(name = CardThreads.NAME, maxAsync = CardThreads.THREADS)
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CardThreads {
    private static final Logger LOG = Logger.getLogger(CardThreads.class.getName());
    public static final String NAME = "java:app/concurrent/insightiq-cards";
    static final int THREADS = 64;

    @Resource(lookup = NAME)
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "insightiq.dashboard.max-concurrent-cards", defaultValue = "8")
    int maxConcurrentCards;

    /** Card lanes only (the engine's lanes are another instance): a plain FIFO per tenant. */
    private final TenantQueues lanes = new TenantQueues();

    /** Runs {@code task} on a card thread once the tenant has a free card slot; {@code refused} if none can run it. */
    public void submit(Slug tenant, Runnable task, Runnable refused) {
        String id = UUID.randomUUID().toString();
        lanes.enqueue(tenant, Math.max(1, maxConcurrentCards), new TenantQueues.Ticket() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public void start() {
                try {
                    executor.execute(() -> {
                        try {
                            task.run();
                        } finally {
                            lanes.release(tenant);
                        }
                    });
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "The card threads refused a card of " + tenant, e);
                    lanes.release(tenant);
                    refused.run();
                }
            }
        });
    }
}
