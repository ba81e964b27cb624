package com.insightiq.catalog.sync;

import com.insightiq.catalog.control.CatalogUpserts;
import com.insightiq.catalog.control.TableSnapshot;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Writes a chunk of snapshots and the sync's progress in the chunk's transaction (see {@link CatalogUpserts}). */
@Named("catalogWriter")
@Dependent
public class CatalogWriter extends AbstractItemWriter {
    @Inject
    StepContext stepContext;

    @Inject
    CatalogUpserts upserts;

    @Override
    public void writeItems(List<Object> items) {
        SyncRun run = (SyncRun) stepContext.getTransientUserData();
        List<TableSnapshot> chunk = items.stream().map(TableSnapshot.class::cast).toList();
        if (!chunk.isEmpty()) {
            upserts.write(run.tenant, run.sync, chunk, run.position);
        }
    }
}
