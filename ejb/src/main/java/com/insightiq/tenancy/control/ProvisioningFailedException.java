package com.insightiq.tenancy.control;

import jakarta.ejb.ApplicationException;

/** Provisioning broke on the server side (not the request's fault) and was undone. */
@ApplicationException(rollback = true)
public class ProvisioningFailedException extends RuntimeException {
    public ProvisioningFailedException(String message) {
        super(message);
    }
}
