package com.insightiq.platform.api;

import com.insightiq.platform.control.ConflictException;
import com.insightiq.platform.control.ForbiddenException;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.platform.control.NotAuthenticatedException;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.tenancy.control.ProvisioningFailedException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authz.AuthorizationException;
import org.apache.shiro.authz.UnauthenticatedException;

/**
 * Every exception that leaves a resource becomes JSON {status, error, message} with the right status — never an HTML
 * page or a stack trace. Unexpected failures get a reference the operator finds in the server log.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        WebApplicationException tooLarge = tooLarge(thrown);
        if (tooLarge != null) {
            return ApiErrors.response(413, tooLarge.getMessage());
        }
        Throwable e = unwrap(thrown);
        if (e instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            return ApiErrors.response(status, messageFor(status, wae));
        }
        if (e instanceof InvalidInputException) {
            return ApiErrors.response(400, e.getMessage());
        }
        if (e instanceof NotFoundException) {
            return ApiErrors.response(404, e.getMessage());
        }
        if (e instanceof ConflictException) {
            return ApiErrors.response(409, e.getMessage());
        }
        if (e instanceof ForbiddenException) {
            return ApiErrors.response(403, e.getMessage());
        }
        if (e instanceof NotAuthenticatedException || e instanceof UnauthenticatedException
                || e instanceof AuthenticationException) {
            return ApiErrors.response(401, "Sign in first: POST /api/v1/session, then send Authorization: Bearer <token>.");
        }
        if (e instanceof AuthorizationException) {
            return ApiErrors.response(403, "You may not do this.");
        }
        if (e instanceof JsonbException || e instanceof JsonParsingException) {
            return ApiErrors.response(400, "The request body is not valid JSON for this endpoint: " + firstLine(e));
        }
        if (e instanceof ProvisioningFailedException) {
            LOG.log(Level.WARNING, e.getMessage());
            return ApiErrors.response(500, e.getMessage());
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, thrown);
        if (e instanceof PersistenceException) {
            return ApiErrors.response(409, "The change could not be saved (reference " + reference
                    + "); it may clash with a concurrent change. Nothing was written.");
        }
        return ApiErrors.response(500, "Something went wrong on the server (reference " + reference
                + "). Nothing was written; the log has the details.");
    }

    private static String messageFor(int status, WebApplicationException e) {
        return switch (status) {
            case 400 -> e.getCause() != null ? "The request body could not be read: " + firstLine(unwrap(e.getCause()))
                    : "The request is malformed.";
            case 404 -> "There is no such resource.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "This resource answers with application/json only.";
            case 413 -> e.getMessage();
            case 415 -> "Send the request body as application/json.";
            default -> e.getMessage() == null ? "Request failed." : e.getMessage();
        };
    }

    /** The body limit fires inside the JSON parser, which wraps it: look through the causes. */
    private static WebApplicationException tooLarge(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WebApplicationException w && w.getResponse().getStatus() == 413) {
                return w;
            }
        }
        return null;
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        while ((e instanceof EJBException || e instanceof ProcessingException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static String firstLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t instanceof ProcessingException)) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        String line = m.lines().findFirst().orElse(m);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
