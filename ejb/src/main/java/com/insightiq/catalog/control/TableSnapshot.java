package com.insightiq.catalog.control;

import com.insightiq.catalog.entity.SemanticType;
import com.insightiq.connection.control.TableDescription;
import com.insightiq.connection.control.TableRef;
import java.util.Map;
import java.util.Optional;

/**
 * What one sync learned about one table, ready to write. {@code description} is empty when the engine could not
 * describe the table this time: the catalog keeps what it had and only marks the table seen.
 */
public record TableSnapshot(TableRef table, Optional<TableDescription> description, String structureHash,
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
