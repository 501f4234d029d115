package org.serviceportal.incident;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.i18n.Language;
import org.serviceportal.platform.security.Role;
import org.serviceportal.platform.web.ClientAddress;

/**
 * {@code /api/v1/incidents}: the public reports an incident and follows it with its secret token;
 * operators log incidents for a channel and work them. Anonymous reports are rate-limited per address.
 */
@Path("incidents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Incidents")
public class IncidentResource {

    @Inject
    ClientAddress clientAddress;

    @Inject
    IncidentService incidents;

    @Inject
    ReportGuard guard;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Report an incident. Anonymous: channel WEB, reported now, rate-limited per address."
            + " Operators log one for a channel (PHONE, CHAT, MAIL) with reportedAt (never in the future)."
            + " Answers the reference, priority, support line, due times and the secret follow URL")
    @APIResponse(responseCode = "201", description = "Reported; Location is the incident")
    @APIResponse(responseCode = "400", description = "Invalid input, naming the field")
    @APIResponse(responseCode = "429", description = "Too many reports from this address")
    public Response report(@NotNull @Valid IncidentService.ReportIncident report, @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String acceptLanguage, @Context HttpServletRequest request,
            @Context UriInfo uri) {
        Language language = language(lang, acceptLanguage);
        ReportedIncident created;
        if (isOperator()) {
            created = incidents.log(report, language);
        } else {
            if (report.channel() != null || report.reportedAt() != null) {
                throw new InvalidInputException(report.reportedAt() != null ? "reportedAt" : "channel",
                        "error.incident.operatorsOnly");
            }
            guard.check(clientAddress.of(request));
            created = incidents.report(report, language);
        }
        return Response.created(uri.getAbsolutePathBuilder().path(created.reference()).build()).entity(created).build();
    }

    @GET
    @Path("{reference}")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "An incident: operators see everything; the reporter, with the follow token, sees its"
            + " status and public history")
    @APIResponse(responseCode = "404", description = "No such incident, or the token does not match")
    public Object get(@PathParam("reference") String reference, @QueryParam("token") String token) {
        if (isOperator()) {
            return incidents.get(reference);
        }
        return incidents.follow(reference, token);
    }

    @POST
    @Path("{reference}/escalations")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Escalate to the product's escalation contacts with a reason: the reporter with the follow"
            + " token, or an operator; the contacts are mailed")
    @APIResponse(responseCode = "201", description = "Escalated")
    @APIResponse(responseCode = "404", description = "No such incident, or the token does not match")
    public Response escalate(@PathParam("reference") String reference,
            @NotNull @Valid IncidentService.Escalate escalate, @Context UriInfo uri) {
        Object body = isOperator() && escalate.token() == null ? incidents.escalate(reference, escalate)
                : incidents.escalateByReporter(reference, escalate);
        return Response.created(uri.getAbsolutePath()).entity(body).build();
    }

    @POST
    @Path("{reference}/information")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The reporter adds information with the follow token; an incident waiting for it resumes")
    @APIResponse(responseCode = "404", description = "No such incident, or the token does not match")
    public FollowView addInformation(@PathParam("reference") String reference,
            @NotNull @Valid IncidentService.AddInformation info) {
        return incidents.addInformation(reference, info);
    }

    @POST
    @Path("{reference}/start")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR_NAME, Role.ADMINISTRATOR_NAME})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Take the incident: NEW to IN_PROGRESS (the response)")
    @APIResponse(responseCode = "409", description = "Stale version")
    public IncidentView start(@PathParam("reference") String reference, @NotNull @Valid IncidentService.Action a) {
        return incidents.start(reference, a);
    }

    @POST
    @Path("{reference}/hand-over")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR_NAME, Role.ADMINISTRATOR_NAME})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Hand over to another support line with a written note: one line up, or back to a lower line")
    @APIResponse(responseCode = "409", description = "Stale version")
    public IncidentView handOver(@PathParam("reference") String reference, @NotNull @Valid IncidentService.HandOver h) {
        return incidents.handOver(reference, h);
    }

    @POST
    @Path("{reference}/wait-for-reporter")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR_NAME, Role.ADMINISTRATOR_NAME})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Ask the reporter (note = the question, mailed): the SLA clock pauses")
    @APIResponse(responseCode = "409", description = "Stale version")
    public IncidentView waitForReporter(@PathParam("reference") String reference,
            @NotNull @Valid IncidentService.Action a) {
        return incidents.waitForReporter(reference, a);
    }

    @POST
    @Path("{reference}/resume")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR_NAME, Role.ADMINISTRATOR_NAME})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Resume: the due times move by the business time paused")
    @APIResponse(responseCode = "409", description = "Stale version")
    public IncidentView resume(@PathParam("reference") String reference, @NotNull @Valid IncidentService.Action a) {
        return incidents.resume(reference, a);
    }

    @POST
    @Path("{reference}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR_NAME, Role.ADMINISTRATOR_NAME})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Resolve with a note for the reporter (mailed)")
    @APIResponse(responseCode = "409", description = "Stale version")
    public IncidentView resolve(@PathParam("reference") String reference, @NotNull @Valid IncidentService.Action a) {
        return incidents.resolve(reference, a);
    }

    @POST
    @Path("{reference}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR_NAME, Role.ADMINISTRATOR_NAME})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Close a resolved incident")
    @APIResponse(responseCode = "409", description = "Stale version")
    public IncidentView close(@PathParam("reference") String reference, @NotNull @Valid IncidentService.Action a) {
        return incidents.close(reference, a);
    }

    @POST
    @Path("{reference}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR_NAME, Role.ADMINISTRATOR_NAME})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Reopen a resolved or closed incident, with a note")
    @APIResponse(responseCode = "409", description = "Stale version")
    public IncidentView reopen(@PathParam("reference") String reference, @NotNull @Valid IncidentService.Action a) {
        return incidents.reopen(reference, a);
    }

    @POST
    @Path("{reference}/outages")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR_NAME, Role.ADMINISTRATOR_NAME})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Link the incident to an outage")
    @APIResponse(responseCode = "409", description = "Stale version")
    public IncidentView linkOutage(@PathParam("reference") String reference,
            @NotNull @Valid IncidentService.OutageLink l) {
        return incidents.linkOutage(reference, l);
    }

    @POST
    @Path("{reference}/outages/unlink")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR_NAME, Role.ADMINISTRATOR_NAME})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Remove the link between the incident and an outage")
    @APIResponse(responseCode = "409", description = "Stale version")
    public IncidentView unlinkOutage(@PathParam("reference") String reference,
            @NotNull @Valid IncidentService.OutageLink l) {
        return incidents.unlinkOutage(reference, l);
    }

    private boolean isOperator() {
        return security.isUserInRole(Role.OPERATOR_NAME) || security.isUserInRole(Role.ADMINISTRATOR_NAME);
    }

    static Language language(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return Language.fromCode(lang).orElseThrow(() -> new InvalidInputException("lang", "error.lang"));
        }
        return acceptLanguage != null && acceptLanguage.strip().toLowerCase(java.util.Locale.ROOT).startsWith("en")
                ? Language.EN : Language.DEFAULT;
    }
}
