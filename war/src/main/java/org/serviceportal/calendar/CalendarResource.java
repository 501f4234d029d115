package org.serviceportal.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.serviceportal.platform.security.Role;

/** {@code /api/v1/calendars}: the service windows, their weekly ranges and the history of those. */
@Path("calendars")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendars")
public class CalendarResource {

    @Inject
    CalendarService calendars;

    @GET
    @Operation(summary = "Every service window: its zone, kind, the weekly ranges in force now and every earlier set"
            + " with the instant it took effect")
    public List<CalendarService.CalendarView> list() {
        return calendars.list();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One service window")
    @APIResponse(responseCode = "404", description = "No such calendar")
    public CalendarService.CalendarView get(@PathParam("code") String code) {
        return calendars.get(code);
    }

    @PUT
    @Path("{code}/ranges")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "New weekly ranges of a calendar (administrator), from now on: ranges of {day, from, to} in the"
            + " calendar's zone (HH:mm, 24:00 for the end of the day), from before to, none overlapping on a day;"
            + " at least one unless closed is true (closed every day). Past figures keep the ranges of their time.")
    @APIResponse(responseCode = "200", description = "The calendar as it is now")
    @APIResponse(responseCode = "400", description = "Ranges out of order, overlapping, or none without closed")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such calendar")
    @APIResponse(responseCode = "409", description = "Stale version, or a calendar not defined by weekly ranges")
    public CalendarService.CalendarView changeRanges(@PathParam("code") String code,
            @NotNull @Valid CalendarService.ChangeRanges change) {
        return calendars.changeRanges(code, change);
    }
}
