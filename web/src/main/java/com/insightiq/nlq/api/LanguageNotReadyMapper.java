package com.insightiq.nlq.api;

import com.insightiq.nlq.control.LanguageNotReadyException;
import com.insightiq.platform.api.ApiErrors;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The language model is still loading (just after a start): 503 with Retry-After, so clients simply ask again. */
@Provider
public class LanguageNotReadyMapper implements ExceptionMapper<LanguageNotReadyException> {

    @Override
    public Response toResponse(LanguageNotReadyException e) {
        return Response.fromResponse(ApiErrors.response(503, e.getMessage()))
                .header(HttpHeaders.RETRY_AFTER, LanguageNotReadyException.RETRY_AFTER_SECONDS).build();
    }
}
