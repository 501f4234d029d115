package org.serviceportal.platform.mail;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.serviceportal.platform.security.Role;

/** {@code /api/v1/outbox}: the mail outbox, readable by administrators, and a test mail. */
@Path("outbox")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMINISTRATOR_NAME)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
public class OutboxResource {

    /** Where to send a test mail. */
    public record TestMail(@NotBlank @Email String to) {
    }

    @Inject
    MailOutbox outbox;

    @GET
    @Operation(summary = "Messages, newest first; status PENDING, SENT or FAILED filters")
    public List<MailOutbox.MessageView> list(@QueryParam("status") OutboxMessage.Status status,
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("max") @DefaultValue("50") @Min(1) @Max(500) int max) {
        return outbox.list(status, first, max);
    }

    @POST
    @Path("test-mail")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a test mail in the outbox, to check the SMTP settings")
    public Response testMail(@NotNull @Valid TestMail request) {
        long id = outbox.enqueueTestMail(request.to());
        return Response.accepted(java.util.Map.of("id", id)).build();
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Put a failed message back in the queue")
    public Response retry(@PathParam("id") long id) {
        outbox.retry(id);
        return Response.noContent().build();
    }
}
