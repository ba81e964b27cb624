package com.insightiq.query.api;

import com.insightiq.query.boundary.ExecutionState;
import com.insightiq.query.boundary.QueryError;
import com.insightiq.query.boundary.QueryPage;
import com.insightiq.query.control.QueryProblem;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** The contract's JSON for executions: results streamed, progress as 202, failures with their code. */
final class QueryResponses {
    private QueryResponses() {
    }

    /** After POST: a finished failure is the request's failure (400, 409 when cancelled). */
    static Response afterSubmit(ExecutionState state, URI location) {
        if (!state.finished()) {
            return pending(state, location);
        }
        if (state.result() != null) {
            return page(state.result(), state.status());
        }
        QueryError error = state.error();
        int status = QueryProblem.CANCELLED.equals(error.code()) ? 409 : 400;
        return error(status, error, state.executionId());
    }

    /** After GET: the execution is what is asked for, so a failed one is a 200 describing the failure. */
    static Response afterGet(ExecutionState state, URI location) {
        if (!state.finished()) {
            return pending(state, location);
        }
        if (state.result() != null) {
            return page(state.result(), state.status());
        }
        JsonObject body = Json.createObjectBuilder().add("executionId", state.executionId())
                .add("status", state.status()).add("elapsedMs", state.elapsedMs())
                .add("error", errorObject(state.error())).build();
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    static Response page(QueryPage page, String status) {
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            ResultJson.page(page, status, writer);
            writer.flush();
        };
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    static Response pending(ExecutionState state, URI location) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("executionId", state.executionId())
                .add("status", state.status());
        if (state.queuePosition() != null) {
            body.add("queuePosition", state.queuePosition());
        }
        body.add("rowsRead", state.rowsRead()).add("elapsedMs", state.elapsedMs());
        return Response.status(Response.Status.ACCEPTED).location(location).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body.build()).build();
    }

    /** {status, error: code, message, line?, position?} — the platform's error shape with the engine's codes. */
    static Response error(int status, QueryError error, String executionId) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("status", status).add("error", error.code())
                .add("message", error.message());
        if (error.line() != null) {
            body.add("line", error.line());
        }
        if (error.position() != null) {
            body.add("position", error.position());
        }
        if (executionId != null) {
            body.add("executionId", executionId);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body.build()).build();
    }

    private static JsonObject errorObject(QueryError error) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("code", error.code()).add("message", error.message());
        if (error.line() != null) {
            body.add("line", error.line());
        }
        if (error.position() != null) {
            body.add("position", error.position());
        }
        return body.build();
    }
}
