package com.insightiq.home.boundary;

import com.insightiq.tenancy.boundary.PlatformStartup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Gives the demo tenant its examples once the sample database's first sync has finished: checks every few seconds
 * after each start until they are written (or not wanted), for at most half an hour. Cheap when done: one lookup of a
 * tenant setting per start.
 */
@Startup
@Singleton
@DependsOn("SampleStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class ExampleSeeding {
    private static final Logger LOG = Logger.getLogger(ExampleSeeding.class.getName());
    private static final Duration PATIENCE = Duration.ofMinutes(30);
    private static final int MAX_FAILURES = 3;

    @Resource
    TimerService timers;

    @Inject
    Examples examples;

    private Instant giveUpAt;
    private int failures;

    @PostConstruct
    void start() {
        giveUpAt = Instant.now().plus(PATIENCE);
        timers.createIntervalTimer(1_000, 2_000, new TimerConfig("home-examples", false));
    }

    @Timeout
    void check(Timer timer) {
        try {
            Examples.Outcome outcome = examples.seedIfReady(PlatformStartup.DEMO_TENANT);
            if (outcome != Examples.Outcome.WAITING) {
                timer.cancel();
                if (outcome == Examples.Outcome.DONE) {
                    LOG.fine("The demo tenant's examples are in place.");
                }
                return;
            }
        } catch (RuntimeException e) {
            LOG.warning("Could not write the demo tenant's examples: " + e);
            if (++failures >= MAX_FAILURES) {
                timer.cancel();
                return;
            }
        }
        if (Instant.now().isAfter(giveUpAt)) {
            LOG.warning("The sample database was not synced within " + PATIENCE.toMinutes() + " minutes; "
                    + "the demo tenant gets no examples this time.");
            timer.cancel();
        }
    }
}
