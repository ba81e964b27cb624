package com.insightiq.platform.control;

import jakarta.ejb.ApplicationException;

/** Nobody is signed in (or the token expired) where someone must be. */
@ApplicationException(rollback = true)
public class NotAuthenticatedException extends RuntimeException {
    public NotAuthenticatedException(String message) {
        super(message);
    }
}
