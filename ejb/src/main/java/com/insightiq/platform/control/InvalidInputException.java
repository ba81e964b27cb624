package com.insightiq.platform.control;

import jakarta.ejb.ApplicationException;

/** Input that breaks a business rule. The message is shown to the person as is, so it must say what to fix. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) {
        super(message);
    }
}
