package com.insightiq.query.api;

import com.insightiq.platform.api.RequestBodies;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.query.boundary.ExportInfo;
import com.insightiq.query.boundary.Exports;
import com.insightiq.query.boundary.Queries;
import com.insightiq.query.boundary.QueryForm;
import com.insightiq.query.control.ExportFiles;
import com.insightiq.query.control.ExportFormat;
import com.insightiq.query.control.ExportMode;
import com.insightiq.query.control.ExportWriter;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code POST /queries/export?format=csv|xlsx|json&background=auto|true|false}: the whole result of a query as a file.
 * Streamed while the database delivers rows (constant memory, no transaction held: the query boundary runs outside
 * one), or queued as a background job (202) when asked or when the planner expects more than
 * {@code insightiq.export.background-rows} rows. Anything wrong before the first byte — bad input, a refused or
 * failing statement — is a JSON error, because the response is not committed until its first buffer is full.
 */
@Path("v1/queries/export")
@RequestScoped
public class QueryExportResource {
    @Inject
    Queries queries;

    @Inject
    Exports exports;

    @Inject
    CurrentTenant tenant;

    @Context
    HttpServletRequest request;

    /** The answer when the export runs in the background: poll {@code location}, then download its file. */
    public record Queued(long exportId, String status, String location) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response export(@QueryParam("format") String formatCode, @QueryParam("background") String backgroundCode,
                           QueryRequest body) {
        String slug = tenant.require();
        QueryForm form = RequestBodies.required(body).form();
        ExportFormat format = ExportFormat.of(formatCode).orElseThrow(() ->
                new InvalidInputException("Say which file to make: format=csv, xlsx or json."));
        ExportMode mode = ExportMode.of(backgroundCode).orElseThrow(() ->
                new InvalidInputException("background must be auto, true or false."));
        Optional<ExportInfo> queued = exports.background(slug, form, format, mode, ExportLinks.jobsPage(request));
        if (queued.isPresent()) {
            String location = tenant.url("/api/v1/exports/" + queued.get().id());
            return Response.accepted(new Queued(queued.get().id(), queued.get().status(), location))
                    .type(MediaType.APPLICATION_JSON_TYPE).location(URI.create(location)).build();
        }
        StreamingOutput file = out -> {
            try (ExportWriter writer = format.writer(out)) {
                queries.export(slug, form, writer);
            }
        };
        return Response.ok(file, format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(ExportFiles.downloadName(Instant.now(), format)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    static String attachment(String fileName) {
        return "attachment; filename=\"" + fileName + "\"";
    }
}
