package com.insightiq.collection.api;

import com.insightiq.collection.boundary.CollectionChoice;
import com.insightiq.collection.boundary.CollectionForm;
import com.insightiq.collection.boundary.CollectionGrants;
import com.insightiq.collection.boundary.CollectionInfo;
import com.insightiq.collection.boundary.CollectionOutline;
import com.insightiq.collection.boundary.Collections;
import com.insightiq.collection.boundary.GrantsForm;
import com.insightiq.collection.boundary.GrantsInfo;
import com.insightiq.collection.boundary.ItemInfo;
import com.insightiq.collection.boundary.Trash;
import com.insightiq.collection.control.QuestionItems;
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
import java.util.List;

/** /t/{slug}/api/v1/collections: the tree, one collection, its items, grants, pins, and the trash. */
@Path("v1/collections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CollectionsResource {
    @Inject
    Collections collections;

    @Inject
    Trash trash;

    @Inject
    CollectionGrants grants;

    @Inject
    CurrentTenant tenant;

    @GET
    public CollectionOutline outline() {
        return collections.outline(tenant.require());
    }

    /** Where the caller may file things (the save dialogs' picker). */
    @GET
    @Path("choices")
    public List<CollectionChoice> choices() {
        return collections.choices(tenant.require());
    }

    @POST
    public Response create(CollectionForm form, @Context UriInfo uri) {
        RequestBodies.required(form);
        CollectionInfo created = collections.create(tenant.require(), form);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("trash")
    public List<ItemInfo> trash() {
        return trash.list(tenant.require());
    }

    /** Restores a trashed item of another kind (a question): /collections/trash/question/5/restore. */
    @POST
    @Path("trash/{kind}/{id}/restore")
    public Response restoreItem(@PathParam("kind") String kind, @PathParam("id") long id) {
        trash.restoreItem(tenant.require(), kind, id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("trash/{kind}/{id}")
    public Response deleteItem(@PathParam("kind") String kind, @PathParam("id") long id) {
        trash.deleteItemForever(tenant.require(), kind, id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}")
    public CollectionInfo get(@PathParam("id") String id) {
        return collections.get(tenant.require(), CollectionIds.parse(id));
    }

    @PUT
    @Path("{id}")
    public CollectionInfo update(@PathParam("id") String id, CollectionForm form) {
        RequestBodies.required(form);
        return collections.update(tenant.require(), CollectionIds.real(id, "renamed or moved"), form);
    }

    /** To the trash; {@code ?permanent=true} deletes a collection that is already there for good. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @QueryParam("permanent") String permanent) {
        long real = CollectionIds.real(id, "deleted");
        if ("true".equals(permanent)) {
            trash.deleteForever(tenant.require(), real);
        } else if (permanent == null || "false".equals(permanent)) {
            trash.archive(tenant.require(), real);
        } else {
            throw new InvalidInputException("permanent is true or false.");
        }
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/restore")
    public CollectionInfo restore(@PathParam("id") String id) {
        return trash.restore(tenant.require(), CollectionIds.real(id, "restored"));
    }

    @GET
    @Path("{id}/items")
    public List<ItemInfo> items(@PathParam("id") String id) {
        return collections.items(tenant.require(), CollectionIds.parse(id));
    }

    @GET
    @Path("{id}/grants")
    public GrantsInfo grants(@PathParam("id") String id) {
        return grants.get(tenant.require(), CollectionIds.parse(id));
    }

    @PUT
    @Path("{id}/grants")
    public GrantsInfo changeGrants(@PathParam("id") String id, GrantsForm form) {
        RequestBodies.required(form);
        return grants.change(tenant.require(), CollectionIds.parse(id), form);
    }

    @POST
    @Path("{id}/pins")
    public Response pin(@PathParam("id") String id, PinForm form) {
        RequestBodies.required(form);
        if (form.questionId() == null) {
            throw new InvalidInputException("Send {\"questionId\": …}.");
        }
        collections.pin(tenant.require(), CollectionIds.parse(id), QuestionItems.KIND, form.questionId(), true);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/pins/{questionId}")
    public Response unpin(@PathParam("id") String id, @PathParam("questionId") long questionId) {
        collections.pin(tenant.require(), CollectionIds.parse(id), QuestionItems.KIND, questionId, false);
        return Response.noContent().build();
    }
}
