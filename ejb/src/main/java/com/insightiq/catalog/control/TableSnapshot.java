package com.insightiq.catalog.control;

import com.insightiq.catalog.entity.SemanticType;
import com.insightiq.connection.control.TableDescription;
import com.insightiq.connection.control.TableRef;
import java.util.Map;

/**
 * What one sync learned about one table, ready to write: its structure, how it differs from the catalog, and the
 * profiles and semantic types when it was sampled.
 */
public record TableSnapshot(TableRef table, TableDescription description, String structureHash,
                            TableChanges.Change change, boolean rewrite, Map<String, ColumnProfile> profiles,
                            Map<String, SemanticType> semanticTypes) {

    public TableSnapshot {
        profiles = Map.copyOf(profiles);
        semanticTypes = Map.copyOf(semanticTypes);
    }

    public boolean fingerprinted() {
        return !profiles.isEmpty();
    }

    public TableKey key() {
        return TableKey.of(table);
    }
}
