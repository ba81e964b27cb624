package com.insightiq.platform.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * Refuses request bodies over 1 MB with 413: by Content-Length before reading, and while reading for chunked bodies
 * that do not announce their size. Query bodies may be up to 4 MB: long value lists and strings are legitimate there,
 * and an oversized SQL text deserves the engine's own 400 saying how long SQL may be, not a bare 413. Dashboard bodies
 * too: 200 cards of 10,000-character text are legitimate, and too many cards deserve the 400 saying how many.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter, ReaderInterceptor {
    static final long MAX_BYTES = 1024 * 1024;
    static final long QUERY_MAX_BYTES = 4 * MAX_BYTES;
    private static final String LIMIT = "com.insightiq.body-limit";

    @Override
    public void filter(ContainerRequestContext request) {
        long max = limitFor(request.getUriInfo().getPath());
        request.setProperty(LIMIT, max);
        if (request.getLength() > max) {
            throw new WebApplicationException(message(max), 413);
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long max = context.getProperty(LIMIT) instanceof Long given ? given : MAX_BYTES;
        InputStream original = context.getInputStream();
        context.setInputStream(BoundedInputStream.builder()
                .setInputStream(original)
                .setMaxCount(max + 1)
                .setOnMaxCount((limit, count) -> {
                    throw new WebApplicationException(message(max), Response.Status.REQUEST_ENTITY_TOO_LARGE);
                })
                .get());
        return context.proceed();
    }

    static long limitFor(String path) {
        String relative = path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
        return relative.equals("v1/queries") || relative.startsWith("v1/queries/") || relative.equals("v1/dashboards")
                || relative.startsWith("v1/dashboards/") ? QUERY_MAX_BYTES : MAX_BYTES;
    }

    private static String message(long max) {
        return "The request body is larger than " + max / MAX_BYTES + " MB.";
    }
}
