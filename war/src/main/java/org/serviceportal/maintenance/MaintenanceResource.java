package org.serviceportal.maintenance;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.rest.TimeParameters;
import org.serviceportal.platform.security.Role;

/** {@code /api/v1/maintenance}: maintenance windows; operators, editors and administrators record them. */
@Path("maintenance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Maintenance")
public class MaintenanceResource {

    @Inject
    MaintenanceService maintenance;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Maintenance windows overlapping [from, to) (default: from 30 days ago to 90 days ahead),"
            + " of one product or all")
    public List<MaintenanceView> list(@QueryParam("product") String product,
            @Parameter(description = "ISO instant or date (YYYY-MM-DD, Europe/Brussels)") @QueryParam("from") String from,
            @Parameter(description = "ISO instant or date (YYYY-MM-DD, Europe/Brussels)") @QueryParam("to") String to) {
        Instant now = clock.instant();
        Instant f = TimeParameters.instant("from", from).orElse(now.minus(Duration.ofDays(30)));
        Instant t = TimeParameters.instant("to", to).orElse(now.plus(Duration.ofDays(90)));
        if (!t.isAfter(f)) {
            throw new InvalidInputException("to", "error.time.toAfterFrom");
        }
        return maintenance.overlapping(product == null || product.isBlank() ? null : product, f, t);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One maintenance window")
    public MaintenanceView get(@PathParam("id") long id) {
        return maintenance.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR_NAME, Role.EDITOR_NAME, Role.ADMINISTRATOR_NAME})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record a maintenance window (past ones too, for history import)")
    public Response create(@NotNull @Valid MaintenanceService.WindowChange change, @Context UriInfo uri) {
        var created = maintenance.create(change);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR_NAME, Role.EDITOR_NAME, Role.ADMINISTRATOR_NAME})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change a maintenance window; 409 when version is stale")
    public MaintenanceView update(@PathParam("id") long id, @NotNull @Valid MaintenanceService.WindowChange change) {
        return maintenance.update(id, change);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.OPERATOR_NAME, Role.EDITOR_NAME, Role.ADMINISTRATOR_NAME})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Cancel a maintenance window (it stays, shown as cancelled in the feeds); give the version you saw")
    public Response delete(@PathParam("id") long id, @QueryParam("version") @NotNull Long version) {
        maintenance.cancel(id, version);
        return Response.noContent().build();
    }
}
