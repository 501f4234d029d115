package org.serviceportal.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.serviceportal.platform.rest.TimeParameters;
import org.serviceportal.platform.security.Role;

/** {@code /api/v1/audit-entries}: the audit log, newest first (administrators). */
@Path("audit-entries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMINISTRATOR_NAME)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
public class AuditResource {

    @Inject
    AuditLog audit;

    @GET
    @Operation(summary = "Audit entries, newest first, filtered by actor (contains), entity type, action and time (ISO instants)")
    public List<AuditLog.EntryView> list(@QueryParam("actor") String actor,
            @QueryParam("entityType") String entityType,
            @QueryParam("action") String action,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("max") @DefaultValue("50") @Min(1) @Max(500) int max) {
        return audit.find(new AuditLog.Filter(actor, entityType, action, instant("from", from), instant("to", to)),
                first, max);
    }

    private static Instant instant(String name, String value) {
        return TimeParameters.instant(name, value).orElse(null);
    }
}
