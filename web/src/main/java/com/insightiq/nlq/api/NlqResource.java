package com.insightiq.nlq.api;

import com.insightiq.nlq.boundary.AskResult;
import com.insightiq.nlq.boundary.CompileForm;
import com.insightiq.nlq.boundary.FeedbackForm;
import com.insightiq.nlq.boundary.FeedbackInfo;
import com.insightiq.nlq.boundary.NaturalLanguage;
import com.insightiq.nlq.boundary.NlqAnswer;
import com.insightiq.nlq.boundary.SynonymForm;
import com.insightiq.nlq.boundary.SynonymInfo;
import com.insightiq.nlq.boundary.TranslateForm;
import com.insightiq.nlq.boundary.VerifiedForm;
import com.insightiq.nlq.boundary.VerifiedInfo;
import com.insightiq.nlq.control.PipelineState;
import com.insightiq.platform.api.RequestBodies;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;

/**
 * Questions in English: POST translate | ask | compile | ask-compiled, "this is wrong" feedback (POST; curators GET
 * and PUT), GET status of the language pipeline, and what tenant admins teach per data source: synonyms (GET
 * ?dataSourceId=, POST, DELETE /{id}) and verified answers (GET ?dataSourceId=, POST, DELETE /{id}).
 */
@Path("v1/nlq")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NlqResource {
    @Inject
    NaturalLanguage nlq;

    @Inject
    CurrentTenant tenant;

    /** {@code PUT feedback/{id}}: {"state": "resolved" | "dismissed"}. */
    public record Review(String state) {
    }

    /** The pipeline as {@code GET status} shows it: READY, LOADING, NOT_STARTED or FAILED. */
    public record Status(String status, Instant since, Long loadMillis, Long heapMegabytes, String error) {
        static Status of(PipelineState s) {
            return new Status(s.status().name(), s.since(), s.loadTime() == null ? null : s.loadTime().toMillis(),
                    s.heapBytes() == null ? null : s.heapBytes() / (1024 * 1024), s.error());
        }
    }

    @POST
    @Path("translate")
    public NlqAnswer translate(TranslateForm form) {
        return nlq.translate(tenant.require(), RequestBodies.required(form));
    }

    @POST
    @Path("ask")
    public AskResult ask(TranslateForm form) {
        return nlq.ask(tenant.require(), RequestBodies.required(form));
    }

    @POST
    @Path("compile")
    public NlqAnswer compile(CompileForm form) {
        return nlq.compile(tenant.require(), RequestBodies.required(form));
    }

    @POST
    @Path("ask-compiled")
    public AskResult askCompiled(CompileForm form) {
        return nlq.askCompiled(tenant.require(), RequestBodies.required(form));
    }

    @POST
    @Path("feedback")
    public Response report(FeedbackForm form, @Context UriInfo uri) {
        FeedbackInfo info = nlq.report(tenant.require(), RequestBodies.required(form));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(info.id())).build()).entity(info)
                .build();
    }

    @GET
    @Path("feedback")
    public List<FeedbackInfo> feedback(@QueryParam("state") String state) {
        return nlq.feedback(tenant.require(), state);
    }

    @PUT
    @Path("feedback/{id}")
    public FeedbackInfo review(@PathParam("id") long id, Review review) {
        return nlq.review(tenant.require(), id, RequestBodies.required(review).state());
    }

    @GET
    @Path("status")
    public Status status() {
        return Status.of(nlq.pipelineState(tenant.require()));
    }

    @GET
    @Path("synonyms")
    public List<SynonymInfo> synonyms(@QueryParam("dataSourceId") String dataSourceId) {
        String slug = tenant.require();
        return nlq.synonyms(slug, sourceId(dataSourceId));
    }

    @POST
    @Path("synonyms")
    public Response addSynonym(SynonymForm form, @Context UriInfo uri) {
        SynonymInfo info = nlq.addSynonym(tenant.require(), RequestBodies.required(form));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(info.id())).build()).entity(info)
                .build();
    }

    @DELETE
    @Path("synonyms/{id}")
    public Response deleteSynonym(@PathParam("id") long id) {
        nlq.deleteSynonym(tenant.require(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("verified")
    public List<VerifiedInfo> verified(@QueryParam("dataSourceId") String dataSourceId) {
        String slug = tenant.require();
        return nlq.verifiedAnswers(slug, sourceId(dataSourceId));
    }

    @POST
    @Path("verified")
    public Response verify(VerifiedForm form, @Context UriInfo uri) {
        VerifiedInfo info = nlq.verify(tenant.require(), RequestBodies.required(form));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(info.id())).build()).entity(info)
                .build();
    }

    @DELETE
    @Path("verified/{id}")
    public Response deleteVerified(@PathParam("id") long id) {
        nlq.deleteVerified(tenant.require(), id);
        return Response.noContent().build();
    }

    private static long sourceId(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("The dataSourceId query parameter is required.");
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("The dataSourceId must be a whole number.");
        }
    }
}
