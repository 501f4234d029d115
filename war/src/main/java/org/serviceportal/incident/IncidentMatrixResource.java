package org.serviceportal.incident;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.serviceportal.platform.security.Role;

/** {@code /api/v1/incident-matrix}: impact × urgency → priority and the targets; public to read. */
@Path("incident-matrix")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Incidents")
public class IncidentMatrixResource {

    @Inject
    IncidentMatrixService matrix;

    @GET
    @Operation(summary = "The incident matrix in force: impacts, urgencies, cells (impact × urgency → priority) and"
            + " per priority the response and resolution targets in minutes of its calendar")
    public MatrixView current() {
        return matrix.current();
    }

    @GET
    @Path("versions/{number}")
    @Operation(summary = "An earlier (or the current) version of the matrix, as incidents classified under it saw it")
    @APIResponse(responseCode = "404", description = "No such version")
    public MatrixView version(@PathParam("number") int number) {
        return matrix.version(number);
    }

    /** The version an administrator confirms. */
    public record Confirmation(@jakarta.validation.constraints.Min(1) int version) {
    }

    @POST
    @Path("confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Confirm the version in force as the organisation's own: until then the public pages show"
            + " the matrix as provisional (audited; confirming again changes nothing)")
    @APIResponse(responseCode = "200", description = "The matrix, now confirmed")
    @APIResponse(responseCode = "409", description = "Another version is in force")
    public MatrixView confirm(@NotNull @Valid Confirmation confirmation) {
        return matrix.confirm(confirmation.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Write the next version of the matrix (applies to new incidents only); basedOn is the"
            + " version edited")
    @APIResponse(responseCode = "409", description = "A newer version is in force")
    public MatrixView update(@NotNull @Valid IncidentMatrixService.MatrixChange change) {
        return matrix.update(change);
    }
}
