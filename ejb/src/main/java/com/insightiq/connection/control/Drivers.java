package com.insightiq.connection.control;

import com.insightiq.connection.entity.Engine;
import jakarta.enterprise.context.ApplicationScoped;

/** Placeholder until the engine drivers land: the registry that maps an engine to its driver. */
@ApplicationScoped
public class Drivers {
    public Driver forEngine(Engine engine) {
        throw new UnsupportedOperationException("No driver for " + engine + " yet");
    }
}
