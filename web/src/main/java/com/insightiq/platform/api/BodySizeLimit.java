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
 * that do not announce their size.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter, ReaderInterceptor {
    static final long MAX_BYTES = 1024 * 1024;
    private static final String MESSAGE = "The request body is larger than 1 MB.";

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            throw new WebApplicationException(MESSAGE, 413);
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        InputStream original = context.getInputStream();
        context.setInputStream(BoundedInputStream.builder()
                .setInputStream(original)
                .setMaxCount(MAX_BYTES + 1)
                .setOnMaxCount((max, count) -> {
                    throw new WebApplicationException(MESSAGE, Response.Status.REQUEST_ENTITY_TOO_LARGE);
                })
                .get());
        return context.proceed();
    }
}
