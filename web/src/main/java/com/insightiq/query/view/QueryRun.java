package com.insightiq.query.view;

import com.insightiq.query.boundary.ExecutionState;
import com.insightiq.query.boundary.QueryError;
import com.insightiq.query.boundary.QueryPage;
import com.insightiq.query.control.QueryProblem;
import java.io.Serializable;

/**
 * What the page knows about the execution it started last: where it stands while queued or running, and how it ended
 * (duration, cache, or the error with its line and position in the SQL that ran).
 */
public class QueryRun implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String executionId;
    private String status;
    private Integer queuePosition;
    private long rowsRead;
    private long elapsedMs;
    private long durationMs;
    private boolean cached;
    private String errorCode;
    private String errorMessage;
    private Integer errorLine;
    private Integer errorPosition;

    QueryRun(ExecutionState state) {
        this.executionId = state.executionId();
        apply(state);
    }

    /** A run the engine refused before it started (e.g. not a read, a variable without value). */
    static QueryRun refused(String code, String message) {
        return refused(QueryProblem.of(code, message));
    }

    static QueryRun refused(QueryProblem problem) {
        return new QueryRun(new ExecutionState(null, "failed", null, 0, 0, null,
                new QueryError(problem.code(), problem.message(), problem.line(), problem.position())));
    }

    void apply(ExecutionState state) {
        status = state.status();
        queuePosition = state.queuePosition();
        rowsRead = state.rowsRead();
        elapsedMs = state.elapsedMs();
        QueryPage page = state.result();
        if (page != null) {
            durationMs = page.durationMs();
            cached = page.cached();
        }
        QueryError error = state.error();
        if (error != null) {
            errorCode = error.code();
            errorMessage = error.message();
            errorLine = error.line();
            errorPosition = error.position();
        }
    }

    public String getExecutionId() {
        return executionId;
    }

    public String getStatus() {
        return status;
    }

    public boolean isActive() {
        return "queued".equals(status) || "running".equals(status);
    }

    public boolean isQueued() {
        return "queued".equals(status);
    }

    public boolean isCompleted() {
        return "completed".equals(status);
    }

    public boolean isFailed() {
        return !isActive() && !isCompleted();
    }

    public Integer getQueuePosition() {
        return queuePosition;
    }

    public long getRowsRead() {
        return rowsRead;
    }

    public long getElapsedMs() {
        return elapsedMs;
    }

    public long getDurationMs() {
        return durationMs;
    }

    public boolean isCached() {
        return cached;
    }

    public String getErrorCode() {
        return errorCode;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public Integer getErrorLine() {
        return errorLine;
    }

    public Integer getErrorPosition() {
        return errorPosition;
    }
}
