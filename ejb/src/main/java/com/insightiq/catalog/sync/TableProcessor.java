package com.insightiq.catalog.sync;

import com.insightiq.catalog.control.ColumnProfile;
import com.insightiq.catalog.control.SemanticTypes;
import com.insightiq.catalog.control.StructureHash;
import com.insightiq.catalog.control.TableChanges;
import com.insightiq.catalog.control.TableKey;
import com.insightiq.catalog.control.TableSnapshot;
import com.insightiq.catalog.entity.SemanticType;
import com.insightiq.connection.control.ColumnDescription;
import com.insightiq.connection.control.ForeignKeyDescription;
import com.insightiq.connection.control.TableDescription;
import com.insightiq.connection.control.TableRef;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Compares one described table with the catalog and, when the fingerprint mode asks for it, profiles a bounded sample
 * of it (which also counts a table the engine has no estimate for, when the sample read all of it); then infers the
 * columns' semantic types.
 */
@Named("catalogTableProcessor")
@Dependent
public class TableProcessor implements ItemProcessor {
    @Inject
    StepContext stepContext;

    @Inject
    Fingerprints fingerprints;

    @Override
    public Object processItem(Object item) {
        SyncRun run = (SyncRun) stepContext.getTransientUserData();
        TableDescription description = (TableDescription) item;
        TableRef described = description.table();
        Optional<TableChanges.Known> known = run.known(TableKey.of(described));
        String hash = StructureHash.of(description);
        TableChanges.Change change = TableChanges.classify(known, hash, run.sync.id());
        boolean rewrite = TableChanges.rewritesStructure(known, hash);
        Map<String, ColumnProfile> profiles = TableChanges.needsFingerprint(run.sync.mode(), known, hash)
                ? fingerprints.sample(run.source, description) : Map.of();
        TableRef table = counted(described, profiles);
        Map<String, SemanticType> types = new HashMap<>();
        if (rewrite || !profiles.isEmpty()) {
            Set<String> fkColumns = new HashSet<>();
            for (ForeignKeyDescription fk : description.foreignKeys()) {
                fkColumns.addAll(fk.columns());
            }
            for (ColumnDescription c : description.columns()) {
                SemanticTypes.infer(new SemanticTypes.ColumnFacts(c.name(), c.jdbcType(), c.databaseType(),
                        c.primaryKey(), fkColumns.contains(c.name()), Optional.ofNullable(profiles.get(c.name()))))
                        .ifPresent(t -> types.put(c.name(), t));
            }
        }
        return new TableSnapshot(table, description, hash, change, rewrite, profiles, types);
    }

    /** A table the engine has no estimate for yet is counted by its sample when the sample read all of it. */
    private TableRef counted(TableRef table, Map<String, ColumnProfile> profiles) {
        if (table.estimatedRows() >= 0) {
            return table;
        }
        OptionalLong whole = fingerprints.wholeTableRows(profiles);
        return whole.isPresent() ? new TableRef(table.schema(), table.name(), table.kind(), whole.getAsLong()) : table;
    }
}
