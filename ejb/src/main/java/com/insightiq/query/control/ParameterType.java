package com.insightiq.query.control;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of {@code {{name}}} variables a SQL template can declare; the code is what the API and pages use. */
public enum ParameterType {
    TEXT("text"), NUMBER("number"), DATE("date"), DATE_RANGE("date-range"), TEXT_LIST("text-list"),
    NUMBER_LIST("number-list"),
    /** A field filter: the variable stands for a whole condition on a catalog column ({@code WHERE {{created}}}). */
    FIELD("field");

    private final String code;

    ParameterType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ParameterType> of(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
