package com.insightiq.jobs.api;

import com.insightiq.jobs.boundary.BrokerStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the Artemis broker accepts a connection through the resource adapter. */
@Readiness
@ApplicationScoped
public class BrokerHealth implements HealthCheck {
    @Inject
    BrokerStatus broker;

    @Override
    public HealthCheckResponse call() {
        try {
            broker.ping();
            return HealthCheckResponse.up("broker");
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("broker").down().withData("error", String.valueOf(rootMessage(e))).build();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
