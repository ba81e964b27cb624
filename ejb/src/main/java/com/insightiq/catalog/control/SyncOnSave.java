package com.insightiq.catalog.control;

import com.insightiq.catalog.entity.FingerprintMode;
import com.insightiq.catalog.entity.SyncTrigger;
import com.insightiq.connection.control.DataSourceSaved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A new data source, or one that now points at another database, is read at once: the sync is requested in the same
 * transaction that saved it, so a failed save queues nothing.
 */
@ApplicationScoped
public class SyncOnSave {
    @Inject
    CatalogSyncs syncs;

    void onSaved(@Observes DataSourceSaved saved) {
        if (saved.created()) {
            syncs.requestAfterCreate(saved.tenant(), saved.dataSourceId(), saved.userId());
        } else {
            syncs.request(saved.tenant(), saved.dataSourceId(), saved.userId(), SyncTrigger.MANUAL,
                    FingerprintMode.CHANGED);
        }
    }
}
