package com.insightiq.platform.control;

import jakarta.ejb.ApplicationException;

/** Something the caller asked for does not exist, or is not theirs to see (we do not tell the difference). */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
