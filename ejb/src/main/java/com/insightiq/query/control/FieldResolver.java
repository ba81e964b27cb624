package com.insightiq.query.control;

import java.util.Optional;

/** Finds the catalog column of a field filter in the query's data source (empty when unknown or hidden). */
@FunctionalInterface
public interface FieldResolver {
    Optional<FieldRef> field(long columnId);
}
