package com.insightiq.question.boundary;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * How a question's {@code {{name}}} variable is offered: its type code (a
 * {@link com.insightiq.query.control.ParameterType} code), the label people see, the default value (decoded JSON,
 * {@code "default"} in JSON), whether a value is required, and for field filters the catalog column.
 */
public record QuestionParameter(String name, String type, String label,
                                @JsonbProperty("default") Object defaultValue, Boolean required, Long columnId) {
}
