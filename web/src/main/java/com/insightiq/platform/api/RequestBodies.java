package com.insightiq.platform.api;

import com.insightiq.platform.control.InvalidInputException;

/** A POST or PUT without a body reaches resources as null; say so instead of failing later. */
public final class RequestBodies {
    private RequestBodies() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("A JSON request body is required.");
        }
        return body;
    }
}
