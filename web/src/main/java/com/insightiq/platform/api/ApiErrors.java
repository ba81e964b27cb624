package com.insightiq.platform.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/** Builds the JSON error body, for JAX-RS and for servlet filters that answer before JAX-RS is reached. */
public final class ApiErrors {
    private static final Jsonb JSON = JsonbBuilder.create();

    private ApiErrors() {
    }

    public static ApiError of(int status, String message) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String reason = type != null ? type.getReasonPhrase() : reason(status);
        return new ApiError(status, reason, message);
    }

    public static Response response(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(of(status, message)).build();
    }

    public static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(of(status, message)));
        response.flushBuffer();
    }

    private static String reason(int status) {
        return switch (status) {
            case 413 -> "Payload Too Large";
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            default -> status >= 500 ? "Server Error" : "Client Error";
        };
    }
}
