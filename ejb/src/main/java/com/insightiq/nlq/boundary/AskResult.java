package com.insightiq.nlq.boundary;

import com.insightiq.query.boundary.ExecutionState;

/**
 * {@code POST …/nlq/ask}: the translation, the execution (result when it finished within the wait, else its state to
 * poll through the query API) and a suggested visualization type (scalar, bar, line, pie, table). {@code result} and
 * {@code visualization} are null unless answered.
 */
public record AskResult(NlqAnswer answer, ExecutionState result, String visualization) {
}
