package org.serviceportal.availability;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.rest.TimeParameters;
import org.serviceportal.platform.security.Role;

/**
 * {@code /api/v1/outages}: service interruptions. Operators (people or monitoring systems with an
 * operator token) record and close them; everyone may read them.
 */
@Path("outages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Availability")
public class OutageResource {

    @Inject
    OutageService outages;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Outages overlapping [from, to) (default: the last 90 days), of one product or all")
    public List<OutageView> list(@QueryParam("product") String product, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Instant now = clock.instant();
        Instant f = TimeParameters.instant("from", from).orElse(now.minus(Duration.ofDays(90)));
        Instant t = TimeParameters.instant("to", to).orElse(now.plus(Duration.ofMinutes(1)));
        if (!t.isAfter(f)) {
            throw new InvalidInputException("to", "error.time.toAfterFrom");
        }
        return outages.overlapping(product == null || product.isBlank() ? null : product, f, t);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One outage with its public notice: title{nl,en} (absent: none given) and updates, newest first")
    @APIResponse(responseCode = "200", description = "The outage")
    @APIResponse(responseCode = "404", description = "No such outage")
    public OutageView get(@PathParam("id") long id) {
        return outages.get(id);
    }

    @GET
    @Path("{id}/updates")
    @Operation(summary = "The updates of an outage's public notice, newest first")
    @APIResponse(responseCode = "404", description = "No such outage")
    public List<OutageUpdateView> updates(@PathParam("id") long id) {
        return outages.get(id).updates();
    }

    @GET
    @Path("{id}/updates/{updateId}")
    @Operation(summary = "One update of an outage's public notice")
    @APIResponse(responseCode = "404", description = "No such outage or update")
    public OutageUpdateView getUpdate(@PathParam("id") long id, @PathParam("updateId") long updateId) {
        return outages.getUpdate(id, updateId);
    }

    @POST
    @Path("{id}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR_NAME, Role.ADMINISTRATOR_NAME})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Post an update of an outage's public notice, now: status INVESTIGATING, IDENTIFIED, MONITORING or"
            + " RESOLVED, message{nl,en}. RESOLVED ends an ongoing outage now; an outage that has ended takes no more"
            + " updates")
    @APIResponse(responseCode = "201", description = "Posted; Location names the update")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong (problem details name it)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an operator or administrator")
    @APIResponse(responseCode = "404", description = "No such outage")
    @APIResponse(responseCode = "409", description = "The outage has ended")
    public Response post(@PathParam("id") long id, @NotNull @Valid OutageService.PostUpdate update,
            @Context UriInfo uri) {
        var posted = outages.post(id, update);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(posted.id())).build())
                .entity(posted).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR_NAME, Role.ADMINISTRATOR_NAME})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record an outage: severity DEGRADED (shown, not downtime), PARTIAL or MAJOR; causedBy the"
            + " code of an external service such as fas; endedAt empty while it lasts; title{nl,en} an optional public"
            + " title (both languages)")
    public Response create(@NotNull @Valid OutageService.OutageChange change, @Context UriInfo uri) {
        var created = outages.create(change);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR_NAME, Role.ADMINISTRATOR_NAME})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record up to 10 000 past outages at once (history import): all or none; answers how many")
    public Response importAll(@NotNull List<OutageService.@NotNull @Valid OutageChange> changes) {
        if (changes.isEmpty() || changes.size() > OutageService.MAX_IMPORT) {
            throw new InvalidInputException("body", "error.outage.importSize", OutageService.MAX_IMPORT);
        }
        return Response.ok(java.util.Map.of("imported", outages.importAll(changes))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR_NAME, Role.ADMINISTRATOR_NAME})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Close or correct an outage; 409 when version is stale. title{nl,en}: absent keeps the public"
            + " title, both empty takes it away")
    public OutageView update(@PathParam("id") long id, @NotNull @Valid OutageService.OutageChange change) {
        return outages.update(id, change);
    }
}
