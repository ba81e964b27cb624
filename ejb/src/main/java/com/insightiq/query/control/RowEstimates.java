package com.insightiq.query.control;

import com.insightiq.query.boundary.QueryForm;
import com.insightiq.tenancy.entity.Slug;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalLong;

/** STUB until the engine branch is merged: plans the export like the engine, then asks the driver for an estimate. */
@ApplicationScoped
public class RowEstimates {

    public OptionalLong estimate(Slug tenant, long userId, QueryForm form) {
        return OptionalLong.empty();
    }
}
