package com.insightiq.query.control;

import com.insightiq.query.boundary.QueryForm;
import com.insightiq.tenancy.entity.Slug;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * CONTRACT STUB (issue 4, engine branch owns this class): the exports branch compiles against the signature only;
 * the merge takes the engine's class.
 */
@ApplicationScoped
public class QueryEngine {

    /** Background exports: the whole result into {@code sink} on the calling thread, same pipeline. */
    public void export(Slug tenant, long userId, QueryForm form, RowSink sink) {
        throw new UnsupportedOperationException("issue 4");
    }
}
