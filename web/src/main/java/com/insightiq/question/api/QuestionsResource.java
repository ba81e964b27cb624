package com.insightiq.question.api;

import com.insightiq.platform.api.RequestBodies;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.query.api.ResultJson;
import com.insightiq.query.control.JsonText;
import com.insightiq.question.boundary.QuestionForm;
import com.insightiq.question.boundary.QuestionInfo;
import com.insightiq.question.boundary.QuestionRun;
import com.insightiq.question.boundary.Questions;
import com.insightiq.question.boundary.RevisionInfo;
import com.insightiq.question.control.QuestionJson;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Saved questions: /t/{slug}/api/v1/questions. {@code DELETE /{id}} moves a question to the trash;
 * {@code DELETE /{id}?permanent=true} deletes one already in the trash for good. {@code POST /{id}/run} answers with
 * {@code {question, result, visualization}} (the result as {@code POST /queries} shows a first page).
 */
@Path("v1/questions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuestionsResource {
    @Inject
    Questions questions;

    @Inject
    CurrentTenant tenant;

    /** {@code ?collectionId=} (absent: "Our analytics"), {@code ?archived=true}: the trash. */
    @GET
    public List<QuestionInfo> list(@QueryParam("collectionId") String collectionId,
                                   @QueryParam("archived") String archived) {
        if ("true".equals(archived)) {
            return questions.archived(tenant.require());
        }
        if (archived != null && !"false".equals(archived)) {
            throw new InvalidInputException("archived must be true or false.");
        }
        return questions.list(tenant.require(), id("collectionId", collectionId));
    }

    @POST
    public Response create(QuestionForm form, @Context UriInfo uri) {
        RequestBodies.required(form);
        QuestionInfo created = questions.create(tenant.require(), form);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public QuestionInfo get(@PathParam("id") long id) {
        return questions.get(tenant.require(), id);
    }

    @PUT
    @Path("{id}")
    public QuestionInfo update(@PathParam("id") long id, QuestionForm form) {
        RequestBodies.required(form);
        return questions.update(tenant.require(), id, form);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("permanent") String permanent) {
        if ("true".equals(permanent)) {
            questions.delete(tenant.require(), id);
        } else if (permanent == null || "false".equals(permanent)) {
            questions.archive(tenant.require(), id);
        } else {
            throw new InvalidInputException("permanent must be true or false.");
        }
        return Response.noContent().build();
    }

    /** Out of the trash, back where it was. */
    @POST
    @Path("{id}/restore")
    public QuestionInfo restore(@PathParam("id") long id) {
        return questions.restore(tenant.require(), id);
    }

    @POST
    @Path("{id}/duplicate")
    public Response duplicate(@PathParam("id") long id, QuestionRequests.Duplicate body, @Context UriInfo uri) {
        QuestionInfo copy = questions.duplicate(tenant.require(), id, body == null ? null : body.name(),
                body == null ? null : body.collectionId());
        return Response.created(uri.getBaseUriBuilder().path(QuestionsResource.class)
                .path(Long.toString(copy.id())).build()).entity(copy).build();
    }

    @POST
    @Path("{id}/move")
    public QuestionInfo move(@PathParam("id") long id, QuestionRequests.Move body) {
        RequestBodies.required(body);
        return questions.move(tenant.require(), id, body.collectionId());
    }

    @POST
    @Path("{id}/pin")
    public QuestionInfo pin(@PathParam("id") long id) {
        return questions.pin(tenant.require(), id, true);
    }

    @DELETE
    @Path("{id}/pin")
    public QuestionInfo unpin(@PathParam("id") long id) {
        return questions.pin(tenant.require(), id, false);
    }

    @GET
    @Path("{id}/revisions")
    public List<RevisionInfo> revisions(@PathParam("id") long id) {
        return questions.revisions(tenant.require(), id);
    }

    @POST
    @Path("{id}/revisions/{number}/restore")
    public QuestionInfo restoreRevision(@PathParam("id") long id, @PathParam("number") int number) {
        return questions.restoreRevision(tenant.require(), id, number);
    }

    /** {@code {question, result, visualization}}; the result's rows written one by one as the query API does. */
    @POST
    @Path("{id}/run")
    public Response run(@PathParam("id") long id, QuestionRequests.Run body) {
        QuestionRun run = questions.run(tenant.require(), id, body == null ? null : body.parameters());
        StreamingOutput out = stream -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            writer.write("{\"question\":");
            writer.write(QuestionJson.snapshot(run.question()));
            writer.write(",\"result\":");
            ResultJson.page(run.result(), "completed", writer);
            writer.write(",\"visualization\":");
            writer.write(JsonText.of(Map.of("type", run.visualization().type(),
                    "settings", run.visualization().settings())));
            writer.write('}');
            writer.flush();
        };
        return Response.ok(out, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    private static Long id(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(text.trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the sentence below
        }
        throw new InvalidInputException(name + " must be a positive whole number.");
    }
}
