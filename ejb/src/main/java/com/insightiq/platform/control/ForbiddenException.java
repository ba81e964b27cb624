package com.insightiq.platform.control;

import jakarta.ejb.ApplicationException;

/** The caller is known but may not do this. */
@ApplicationException(rollback = true)
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
