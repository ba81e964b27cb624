package com.insightiq.query.boundary;

/**
 * Where an execution stands: {@code status} is {@code queued}, {@code running}, {@code completed}, {@code failed},
 * {@code cancelled} or {@code timeout}; {@code queuePosition} (1 = next) while queued; {@code rowsRead} and
 * {@code elapsedMs} as progress; {@code result} (first page) once completed; {@code error} once failed, cancelled or
 * timed out.
 */
public record ExecutionState(String executionId, String status, Integer queuePosition, long rowsRead, long elapsedMs,
                             QueryPage result, QueryError error) {
    public boolean finished() {
        return !"queued".equals(status) && !"running".equals(status);
    }
}
