package com.insightiq.nlq.api;

import com.insightiq.nlq.control.LanguagePipeline;
import com.insightiq.nlq.control.PipelineState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The language model's state as data (status, load ms, heap MB). UP while it loads or is not loaded yet: everything but
 * natural-language questions works meanwhile, and deploys and the start scripts must not wait for it (questions answer
 * 503 + Retry-After until it is ready). DOWN only when the load failed, which needs an operator.
 */
@Readiness
@ApplicationScoped
public class LanguageHealth implements HealthCheck {
    @Inject
    LanguagePipeline pipeline;

    @Override
    public HealthCheckResponse call() {
        PipelineState state = pipeline.state();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("nlq")
                .status(state.status() != PipelineState.Status.FAILED).withData("status", state.status().name());
        if (state.loadTime() != null) {
            response.withData("loadMs", state.loadTime().toMillis());
        }
        if (state.heapBytes() != null) {
            response.withData("heapMB", state.heapBytes() >> 20);
        }
        if (state.error() != null) {
            response.withData("error", state.error());
        }
        return response.build();
    }
}
