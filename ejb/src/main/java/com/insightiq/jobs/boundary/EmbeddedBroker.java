package com.insightiq.jobs.boundary;

import com.insightiq.jobs.control.JobQueue;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The development and test broker: Artemis inside the server, on 127.0.0.1 only, persistent in the data directory.
 * Off when a real broker is configured (INSIGHTIQ_JMS_URL); the resource adapter connects over TCP either way.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class EmbeddedBroker {
    private static final Logger LOG = Logger.getLogger(EmbeddedBroker.class.getName());
    public static final String DEAD_LETTERS = "insightiq.jobs.dlq";

    @Inject
    @ConfigProperty(name = "insightiq.jms.embedded", defaultValue = "true")
    boolean embedded;

    @Inject
    @ConfigProperty(name = "insightiq.jms.port", defaultValue = "61616")
    int port;

    @Inject
    @ConfigProperty(name = "insightiq.data.dir")
    Optional<String> dataDir;

    private EmbeddedActiveMQ broker;

    @PostConstruct
    void start() {
        if (!embedded) {
            LOG.info("Using the external broker; the embedded one stays off.");
            return;
        }
        Path dir = Path.of(dataDir.orElse(System.getProperty("com.sun.aas.instanceRoot", "."))).resolve("artemis");
        try {
            Configuration config = new ConfigurationImpl()
                    .setName("insightiq-embedded")
                    .setPersistenceEnabled(true)
                    .setJournalType(JournalType.NIO)
                    .setJournalDirectory(dir.resolve("journal").toString())
                    .setBindingsDirectory(dir.resolve("bindings").toString())
                    .setLargeMessagesDirectory(dir.resolve("large").toString())
                    .setPagingDirectory(dir.resolve("paging").toString())
                    .setSecurityEnabled(false)
                    .setJMXManagementEnabled(false)
                    .setGlobalMaxSize(64L * 1024 * 1024)
                    .addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port + "?protocols=CORE");
            config.addAddressSetting("#", new AddressSettings()
                    .setDeadLetterAddress(SimpleString.of(DEAD_LETTERS))
                    .setMaxDeliveryAttempts(5)
                    .setRedeliveryDelay(2000)
                    .setAutoCreateQueues(true)
                    .setAutoCreateAddresses(true));
            config.addQueueConfiguration(QueueConfiguration.of(JobQueue.QUEUE).setRoutingType(RoutingType.ANYCAST));
            config.addQueueConfiguration(QueueConfiguration.of(DEAD_LETTERS).setRoutingType(RoutingType.ANYCAST));
            broker = new EmbeddedActiveMQ().setConfiguration(config);
            broker.start();
            LOG.info("Embedded Artemis broker listening on 127.0.0.1:" + port + ", data in " + dir);
        } catch (Exception e) {
            throw new IllegalStateException("The embedded Artemis broker did not start on port " + port, e);
        }
    }

    @PreDestroy
    void stop() {
        if (broker != null) {
            try {
                broker.stop();
            } catch (Exception e) {
                LOG.warning("Embedded broker did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
