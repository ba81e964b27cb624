package com.insightiq.jobs.boundary;

import com.insightiq.jobs.control.JobQueue;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Answers whether the broker takes connections; the JMS resources resolve in this module's naming context. */
@Stateless
public class BrokerStatus {
    @Inject
    JobQueue queue;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void ping() {
        queue.ping();
    }
}
