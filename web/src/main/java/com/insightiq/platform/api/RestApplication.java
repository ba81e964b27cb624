package com.insightiq.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
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
}
