package org.serviceportal.newsletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.serviceportal.platform.security.Role;

/** {@code /api/v1/subscribers}: newsletter subscribers for staff; export and erasure for administrators. */
@Path("subscribers")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Tag(name = "Newsletter")
public class SubscriberResource {

    @Inject
    SubscriptionService subscriptions;

    @GET
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMINISTRATOR_NAME})
    @Operation(summary = "Subscribers whose address contains q, newest first")
    public List<SubscriptionService.SubscriberView> search(@QueryParam("q") String q,
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("max") @DefaultValue("50") @Min(1) @Max(500) int max) {
        return subscriptions.search(q, first, max);
    }

    @GET
    @Path("{id}/export")
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    @Operation(summary = "Everything kept about one subscriber (a data subject's access request)")
    @APIResponse(responseCode = "200", description = "The subscriber's data")
    @APIResponse(responseCode = "404", description = "No such subscriber")
    public SubscriptionService.SubscriberExport export(@PathParam("id") long id) {
        return subscriptions.export(id);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    @Operation(summary = "Erase a subscriber's personal data (address replaced, links void); counts are kept")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "409", description = "Stale version")
    public Response erase(@PathParam("id") long id, @QueryParam("version") long version) {
        subscriptions.erase(id, version);
        return Response.noContent().build();
    }
}
