package com.insightiq.platform.control;

import jakarta.ejb.ApplicationException;

/** The request is well-formed but clashes with what exists (a taken slug or e-mail, the last admin). */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
