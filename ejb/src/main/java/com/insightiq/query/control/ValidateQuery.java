package com.insightiq.query.control;

import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.query.boundary.ParameterForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Step 1: the request is complete and within bounds — before anything is looked up. */
@ApplicationScoped
public class ValidateQuery implements QueryStep {
    static final int MAX_PARAMETERS = 100;

    @Inject
    QueryLimits limits;

    @Override
    public Phase phase() {
        return Phase.PLAN;
    }

    @Override
    public QuerySpec apply(QuerySpec spec) {
        if (spec.dataSourceId() == null) {
            throw new InvalidInputException("dataSourceId is required: which data source should run the SQL?");
        }
        if (spec.dataSourceId() <= 0) {
            throw new InvalidInputException("dataSourceId must be a positive number.");
        }
        if (spec.sql() == null || spec.sql().isBlank()) {
            throw new InvalidInputException("sql is required: write the query to run.");
        }
        int bytes = spec.sql().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limits.maxSqlBytes()) {
            throw new InvalidInputException("The SQL is " + bytes + " bytes long; at most " + limits.maxSqlBytes()
                    + " are allowed.");
        }
        if (spec.offset() < 0) {
            throw new InvalidInputException("offset must be 0 or more.");
        }
        if (spec.limit() != null && spec.limit() < 1) {
            throw new InvalidInputException("limit must be 1 or more.");
        }
        if (spec.forms().size() > MAX_PARAMETERS) {
            throw new InvalidInputException("At most " + MAX_PARAMETERS + " parameters can be given.");
        }
        Set<String> names = new HashSet<>();
        for (ParameterForm form : spec.forms()) {
            if (form == null || form.name() == null || form.name().isBlank()) {
                throw new InvalidInputException("Every parameter needs a name.");
            }
            if (form.type() == null || ParameterType.of(form.type()).isEmpty()) {
                throw new InvalidInputException("Parameter '" + printable(form.name()) + "' has type '"
                        + printable(form.type()) + "'; use one of " + Arrays.stream(ParameterType.values())
                        .map(ParameterType::code).collect(Collectors.joining(", ")) + ".");
            }
            if (!names.add(form.name())) {
                throw new InvalidInputException("Parameter '" + printable(form.name()) + "' is given twice.");
            }
        }
        return spec;
    }

    static String printable(String text) {
        if (text == null) {
            return "";
        }
        String cleaned = text.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) + "…" : cleaned;
    }
}
