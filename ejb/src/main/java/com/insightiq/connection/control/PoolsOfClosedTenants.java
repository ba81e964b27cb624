package com.insightiq.connection.control;

import com.insightiq.tenancy.control.TenantClosed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * A suspended or deleted tenant keeps no connections and no SSH tunnels open. After commit only: a rolled-back
 * suspension leaves the pools working; a resumed tenant builds them again on first use.
 */
@ApplicationScoped
public class PoolsOfClosedTenants {
    @Inject
    SourcePools pools;

    void onClosed(@Observes(during = TransactionPhase.AFTER_SUCCESS) TenantClosed closed) {
        pools.retireTenant(closed.tenant());
    }
}
