package com.insightiq.access.api;

import com.insightiq.access.boundary.MemberInfo;
import com.insightiq.access.boundary.Members;
import com.insightiq.platform.api.RequestBodies;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Members of the current tenant: /t/{slug}/api/v1/members. Tenant admins manage them. */
@Path("v1/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembersResource {
    @Inject
    Members members;

    @Inject
    CurrentTenant tenant;

    @Context
    HttpServletRequest request;

    public record RoleChange(String role) {
    }

    @GET
    public List<MemberInfo> list() {
        return members.list(tenant.require());
    }

    @GET
    @Path("{id}")
    public MemberInfo get(@PathParam("id") long id) {
        return members.get(tenant.require(), id);
    }

    @POST
    public Response invite(Members.Invitation invitation, @Context UriInfo uri) {
        RequestBodies.required(invitation);
        MemberInfo member = members.invite(tenant.require(), invitation, ResetLinks.resetPage(request));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(member.id())).build())
                .entity(member).build();
    }

    @PUT
    @Path("{id}")
    public MemberInfo changeRole(@PathParam("id") long id, RoleChange change) {
        RequestBodies.required(change);
        return members.changeRole(tenant.require(), id, change.role());
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        members.remove(tenant.require(), id);
        return Response.noContent().build();
    }
}
