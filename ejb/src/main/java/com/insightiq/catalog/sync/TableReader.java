package com.insightiq.catalog.sync;

import com.insightiq.catalog.control.CatalogStore;
import com.insightiq.catalog.control.SyncRow;
import com.insightiq.catalog.control.TableKey;
import com.insightiq.connection.control.OpenSource;
import com.insightiq.connection.control.SourcePools;
import com.insightiq.connection.control.SourceUnavailableException;
import com.insightiq.connection.control.TableRef;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One item per table or view of the source, in (schema, name) order. The checkpoint is the key of the last table of
 * the last committed chunk: a restart resumes after it; a fresh execution of an interrupted sync resumes after the
 * key the writer stored in the sync row.
 */
@Named("catalogTableReader")
@Dependent
public class TableReader extends AbstractItemReader {
    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Inject
    SourcePools pools;

    @Inject
    CatalogStore store;

    private List<TableRef> tables = List.of();
    private int next;
    private SyncRun run;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        SyncJob job = SyncJob.of(jobContext);
        SyncRow sync = store.syncOfRun(job.tenant(), job.jobRunId())
                .orElseThrow(() -> new IllegalStateException("No catalog sync row for job run " + job.jobRunId()));
        OpenSource source;
        try {
            source = pools.open(job.tenant(), sync.dataSourceId());
        } catch (SourceUnavailableException e) {
            store.explain(job.tenant(), sync.id(), e.problem().message());
            throw e;
        }
        try {
            tables = list(source);
        } catch (SQLException | RuntimeException e) {
            source.close();
            store.explain(job.tenant(), sync.id(), "The tables of the data source could not be listed.");
            throw e;
        }
        Optional<TableKey> resume = checkpoint instanceof TableKey key ? Optional.of(key) : sync.resumeAfter();
        next = resume.map(this::firstAfter).orElse(0);
        store.listed(job.tenant(), sync.id(), tables.size(), next);
        run = new SyncRun(job.tenant(), sync, source, store.known(job.tenant(), sync.dataSourceId()), next);
        stepContext.setTransientUserData(run);
    }

    private static List<TableRef> list(OpenSource source) throws SQLException {
        List<TableRef> all = new ArrayList<>();
        for (String schema : source.driver().schemas(source.connection())) {
            all.addAll(source.driver().tables(source.connection(), schema));
        }
        all.sort(Comparator.comparing(TableKey::of));
        return all;
    }

    private int firstAfter(TableKey key) {
        int i = 0;
        while (i < tables.size() && TableKey.of(tables.get(i)).compareTo(key) <= 0) {
            i++;
        }
        return i;
    }

    @Override
    public Object readItem() {
        if (next >= tables.size()) {
            return null;
        }
        run.position = next + 1;
        return tables.get(next++);
    }

    @Override
    public Serializable checkpointInfo() {
        return next == 0 ? null : TableKey.of(tables.get(next - 1));
    }

    @Override
    public void close() throws Exception {
        if (run != null) {
            run.source.close();
        }
    }
}
