package org.serviceportal.sla;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.serviceportal.platform.security.Role;

/** {@code /api/v1/sla-targets}: availability targets per product and service window. */
@Path("sla-targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "SLA targets")
public class SlaTargetResource {

    @Inject
    SlaTargetService targets;

    @GET
    @Operation(summary = "Every product's targets per service window, as they apply now")
    public List<SlaTargetView> list() {
        return targets.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One target")
    public SlaTargetView get(@PathParam("id") long id) {
        return targets.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add a target (administrator): a product promises availabilityPercent (0-100, at most 3"
            + " decimals) in a service window (calendar code), from now on")
    @APIResponse(responseCode = "201", description = "Added; Location is the target")
    @APIResponse(responseCode = "400", description = "Invalid input or unknown product or calendar, naming the field")
    @APIResponse(responseCode = "409", description = "The product already has a target for this calendar")
    public Response create(@NotNull @Valid SlaTargetService.NewSlaTarget target, @Context UriInfo uri) {
        var created = targets.create(target);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created)
                .build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "End a target now (administrator): the product promises nothing in that window from now"
            + " on; reports of earlier periods keep what applied")
    @APIResponse(responseCode = "204", description = "Ended")
    @APIResponse(responseCode = "404", description = "No such target, or it has ended already")
    public Response end(@PathParam("id") long id) {
        targets.end(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change a target (administrator): availabilityPercent 0-100 with at most 3 decimals, and the"
            + " version you read; 409 when it is stale. Applies from now on; past reports keep the old value.")
    public SlaTargetView update(@PathParam("id") long id, @NotNull @Valid SlaTargetService.UpdateSlaTarget change) {
        return targets.update(id, change);
    }
}
