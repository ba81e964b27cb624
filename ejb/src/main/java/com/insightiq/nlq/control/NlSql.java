package com.insightiq.nlq.control;

import com.insightiq.connection.control.Driver;

/**
 * Compiles an {@link NlQuery} to SQL in the driver's dialect, values as bound {@code {{vN}}} parameters. Throws
 * {@link com.insightiq.platform.control.InvalidInputException} for a query that names ids not in the lexicon or
 * values that do not fit their column. CONTRACT STUB.
 */
public class NlSql {

    public NlStatement compile(NlQuery query, SchemaLexicon lexicon, Driver driver) {
        throw new UnsupportedOperationException("not yet");
    }
}
