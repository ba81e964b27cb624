package com.insightiq.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API. Platform endpoints live at /api/v1/…; tenant endpoints at /t/{slug}/api/v1/… (or /api/v1/… on a
 * tenant's own host name) — the tenant filter strips the prefix, so both arrive here.
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "InsightIQ API", version = "1",
        description = "Sign in with POST /api/v1/session, then send Authorization: Bearer <token>. Tenant endpoints "
                + "are under /t/{tenant}/api/v1. Errors are JSON {status, error, message}."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class RestApplication extends Application {
    /**
     * Jersey's own property (ServerProperties.OUTBOUND_CONTENT_LENGTH_BUFFER): by default it buffers the first 8 KiB
     * of every entity to send a Content-Length and ignores flush() until then, so a dashboard's card stream would
     * reach the viewer only at its end. 0 sends entities as they are written (chunked); other runtimes ignore it.
     */
    static final String CONTENT_LENGTH_BUFFER = "jersey.config.server.contentLength.buffer";

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(CONTENT_LENGTH_BUFFER, 0);
    }
}
