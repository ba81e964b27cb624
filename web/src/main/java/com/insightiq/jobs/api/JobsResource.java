package com.insightiq.jobs.api;

import com.insightiq.jobs.boundary.JobInfo;
import com.insightiq.jobs.boundary.Jobs;
import com.insightiq.platform.api.RequestBodies;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Long work of the current tenant: request a job (202 + its id), then poll it. */
@Path("v1/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JobsResource {
    @Inject
    Jobs jobs;

    @Inject
    CurrentTenant tenant;

    public record JobRequest(String job) {
    }

    @GET
    public List<JobInfo> recent() {
        return jobs.recent(tenant.require());
    }

    @GET
    @Path("{id}")
    public JobInfo get(@PathParam("id") long id) {
        return jobs.get(tenant.require(), id);
    }

    @POST
    public Response request(JobRequest request, @Context UriInfo uri) {
        RequestBodies.required(request);
        JobInfo job = jobs.request(tenant.require(), request.job());
        return Response.accepted(job).location(uri.getAbsolutePathBuilder().path(Long.toString(job.id())).build())
                .build();
    }
}
