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
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Describes one table, compares it with the catalog and, when the fingerprint mode asks for it, profiles a bounded
 * sample. A table the engine cannot describe this time keeps its catalog entry (marked seen), so a passing error
 * never removes it; a new one is left for the next sync.
 */
@Named("catalogTableProcessor")
@Dependent
public class TableProcessor implements ItemProcessor {
    private static final Logger LOG = Logger.getLogger(TableProcessor.class.getName());

    @Inject
    StepContext stepContext;

    @Inject
    Fingerprints fingerprints;

    @Override
    public Object processItem(Object item) {
        SyncRun run = (SyncRun) stepContext.getTransientUserData();
        TableRef table = (TableRef) item;
        TableKey key = TableKey.of(table);
        Optional<TableChanges.Known> known = run.known(key);
        TableDescription description;
        try {
            description = run.source.driver().describe(run.source.connection(), table);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.INFO, "Could not describe " + key + " of " + run.sync.dataSourceId() + "; kept as it was", e);
            return known.map(k -> new TableSnapshot(table, Optional.empty(), k.structureHash(),
                    TableChanges.classify(known, k.structureHash(), run.sync.id()), false, Map.of(), Map.of()))
                    .orElse(null);
        }
        String hash = StructureHash.of(description);
        TableChanges.Change change = TableChanges.classify(known, hash, run.sync.id());
        boolean rewrite = TableChanges.rewritesStructure(known, hash);
        Map<String, ColumnProfile> profiles = TableChanges.needsFingerprint(run.sync.mode(), known, hash)
                ? fingerprints.sample(run.source, description) : Map.of();
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
        return new TableSnapshot(table, Optional.of(description), hash, change, rewrite, profiles, types);
    }
}
