package com.insightiq.platform.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B for the API: unknown fields are an error (a typo in "adminEmail" must not silently create a tenant without
 * an admin), values of the wrong JSON type are an error ({@link StrictScalars}), and nulls are left out of responses.
 */
@Provider
public class JsonConfiguration implements ContextResolver<Jsonb> {
    private static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";
    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true)
            .withNullValues(false)
            .withDeserializers(StrictScalars.all()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
