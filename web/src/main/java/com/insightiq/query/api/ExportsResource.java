package com.insightiq.query.api;

import com.insightiq.query.boundary.ExportFile;
import com.insightiq.query.boundary.ExportInfo;
import com.insightiq.query.boundary.Exports;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import java.util.List;

/** The caller's background exports: list, state, and the file once complete (owner only; others get 404). */
@Path("v1/exports")
@RequestScoped
public class ExportsResource {
    @Inject
    Exports exports;

    @Inject
    CurrentTenant tenant;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ExportInfo> mine() {
        return exports.mine(tenant.require());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ExportInfo get(@PathParam("id") long id) {
        return exports.get(tenant.require(), id);
    }

    /** The file as it was written, straight from disk. */
    @GET
    @Path("{id}/file")
    public Response file(@PathParam("id") long id) {
        ExportFile file = exports.file(tenant.require(), id);
        StreamingOutput body = out -> Files.copy(file.path(), out);
        Response.ResponseBuilder response = Response.ok(body, file.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, QueryExportResource.attachment(file.name()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (file.bytes() >= 0) {
            response.header(HttpHeaders.CONTENT_LENGTH, file.bytes());
        }
        return response.build();
    }
}
