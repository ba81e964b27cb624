package com.insightiq.collection.api;

import com.insightiq.collection.boundary.BookmarkInfo;
import com.insightiq.collection.boundary.Bookmarks;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** /t/{slug}/api/v1/bookmarks: the caller's bookmarks; {type} is question, collection (later dashboard). */
@Path("v1/bookmarks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BookmarksResource {
    @Inject
    Bookmarks bookmarks;

    @Inject
    CurrentTenant tenant;

    @GET
    public List<BookmarkInfo> list() {
        return bookmarks.list(tenant.require());
    }

    /** Whether the caller bookmarked the item. */
    public record Bookmarked(boolean bookmarked) {
    }

    @GET
    @Path("{type}/{id}")
    public Bookmarked get(@PathParam("type") String type, @PathParam("id") long id) {
        return new Bookmarked(bookmarks.has(tenant.require(), type, id));
    }

    @PUT
    @Path("{type}/{id}")
    public BookmarkInfo add(@PathParam("type") String type, @PathParam("id") long id) {
        return bookmarks.add(tenant.require(), type, id);
    }

    @DELETE
    @Path("{type}/{id}")
    public Response remove(@PathParam("type") String type, @PathParam("id") long id) {
        bookmarks.remove(tenant.require(), type, id);
        return Response.noContent().build();
    }
}
