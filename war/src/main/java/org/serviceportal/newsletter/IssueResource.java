package org.serviceportal.newsletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.serviceportal.platform.security.Role;

/** {@code /api/v1/newsletter-issues}: compose, preview, test and send issues; announce maintenance (editors). */
@Path("newsletter-issues")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.EDITOR_NAME, Role.ADMINISTRATOR_NAME})
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Tag(name = "Newsletter")
public class IssueResource {

    /** Where a test copy goes. */
    public record TestMail(@NotBlank @Email String to) {
    }

    /** The version of the issue as read, to send it. */
    public record Send(long version) {
    }

    /** The maintenance window to announce. */
    public record Announce(long windowId) {
    }

    @Inject
    IssueService issues;

    @Inject
    AnnouncementService announcements;

    @GET
    @Operation(summary = "Issues and announcements, newest first, with delivery counts")
    public List<IssueService.IssueView> list(@QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("max") @DefaultValue("50") @Min(1) @Max(500) int max) {
        return issues.list(first, max);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One issue with its delivery counts (pending, sent, failed)")
    public IssueService.IssueView get(@PathParam("id") long id) {
        return issues.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compose an issue {subjectNl, subjectEn, bodyNl, bodyEn (HTML, sanitised), products[]}")
    @APIResponse(responseCode = "201", description = "Created as a draft")
    @APIResponse(responseCode = "400", description = "Invalid field")
    public Response create(@NotNull @Valid IssueService.IssueChange change, @Context UriInfo uri) {
        var created = issues.create(change);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a draft; 409 when version is stale")
    public IssueService.IssueView update(@PathParam("id") long id, @NotNull @Valid IssueService.IssueChange change) {
        return issues.update(id, change);
    }

    @GET
    @Path("{id}/preview")
    @Operation(summary = "The issue as subscribers will get it, in both languages, with upcoming maintenance inserted")
    public IssueService.Preview preview(@PathParam("id") long id) {
        return issues.preview(id);
    }

    @POST
    @Path("{id}/test-mail")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mail the preview in both languages to one address only")
    @APIResponse(responseCode = "202", description = "Queued")
    public Response testMail(@PathParam("id") long id, @NotNull @Valid TestMail body) {
        issues.testSend(id, body.to());
        return Response.accepted().build();
    }

    @POST
    @Path("{id}/send")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a draft to the confirmed subscribers of its products, each in their language, once")
    @APIResponse(responseCode = "202", description = "Sending; follow the counts with GET")
    @APIResponse(responseCode = "409", description = "Stale version")
    public Response send(@PathParam("id") long id, @NotNull @Valid Send body) {
        return Response.accepted(issues.send(id, body.version())).build();
    }

    @POST
    @Path("announcements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Announce a maintenance window now to the MAINTENANCE subscribers of its products (a new window"
            + " is announced by itself after portal.newsletter.announce-delay-minutes); its later changes, cancellation and"
            + " the reminder the day before are announced by themselves")
    @APIResponse(responseCode = "201", description = "The announcement, sending")
    @APIResponse(responseCode = "400", description = "Already announced, or over")
    public Response announce(@NotNull @Valid Announce body, @Context UriInfo uri) {
        var created = announcements.announce(body.windowId());
        return Response.created(uri.getBaseUriBuilder().path("newsletter-issues").path(Long.toString(created.id())).build())
                .entity(created).build();
    }
}
