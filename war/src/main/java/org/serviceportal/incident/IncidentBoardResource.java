package org.serviceportal.incident;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.security.Role;

/**
 * {@code GET /api/v1/incidents}: the operator board as JSON, paged, filtered and sorted by the same
 * queries as the board page ({@link IncidentBoard}); {@code GET /api/v1/incidents/counts}: the board's
 * counts of open incidents. Operators and administrators only: the board
 * shows reporters' names.
 */
@Path("incidents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Incidents")
public class IncidentBoardResource {

    @Inject
    IncidentBoard board;

    @GET
    @RolesAllowed({Role.OPERATOR_NAME, Role.ADMINISTRATOR_NAME})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The operator board: a page of incidents, newest first unless sort says otherwise;"
            + " more = true when another page follows (no total: it would cost more than the page)")
    @APIResponse(responseCode = "200", description = "A page of incidents")
    @APIResponse(responseCode = "400", description = "An unknown filter value, sort, offset or limit")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an operator or administrator")
    public IncidentBoard.Page list(
            @Parameter(description = "NEW, IN_PROGRESS, WAITING_FOR_REPORTER, RESOLVED or CLOSED") @QueryParam("status") String status,
            @Parameter(description = "A priority code of the matrix, e.g. P1") @QueryParam("priority") String priority,
            @Parameter(description = "Support line 1 to 4") @QueryParam("line") Integer line,
            @Parameter(description = "A product code") @QueryParam("product") String product,
            @Parameter(description = "true: only incidents that missed a target; false: only the others") @QueryParam("breached") String breached,
            @Parameter(description = "true: only escalated incidents; false: only the others") @QueryParam("escalated") String escalated,
            @Parameter(description = "REPORTED_DESC (default), REPORTED_ASC or RESOLUTION_DUE_ASC") @QueryParam("sort") String sort,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("25") int limit) {
        var filter = new IncidentBoard.Filter(parse("status", status, IncidentStatus.class),
                blankToNull(priority) == null ? null : priority.strip().toUpperCase(Locale.ROOT), line(line),
                blankToNull(product), flag("breached", breached), flag("escalated", escalated));
        var order = parse("sort", sort, IncidentBoard.Sort.class);
        return board.page(filter, order == null ? IncidentBoard.Sort.REPORTED_DESC : order, offset, limit);
    }

    @GET
    @Path("counts")
    @RolesAllowed({Role.OPERATOR_NAME, Role.ADMINISTRATOR_NAME})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The board's counts: open incidents (new, in progress, waiting for the reporter) per"
            + " support line and priority, per priority, and in total; at = when they were counted. Current as of"
            + " the last committed change of any incident, by any path")
    @APIResponse(responseCode = "200", description = "perLine {line: {priority: count}}, perPriority {priority: count}, total, at")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an operator or administrator")
    public IncidentBoard.Counts counts() {
        return board.counts();
    }

    private static Integer line(Integer line) {
        if (line != null && (line < 1 || line > 4)) {
            throw new InvalidInputException("line", "error.board.line");
        }
        return line;
    }

    private static Boolean flag(String field, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException(field, "error.board.boolean", field);
        };
    }

    private static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "error.board.unknownValue", field, value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
