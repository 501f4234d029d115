package org.serviceportal.platform.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/api-tokens}: issue, list and revoke API tokens (administrators). */
@Path("api-tokens")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMINISTRATOR_NAME)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
public class ApiTokenResource {

    /** What to issue: a name, a role and how many days it is valid. */
    public record IssueToken(@NotBlank @Size(max = 200) String name, @NotNull Role role,
            @Min(1) @Max(730) int validDays) {
    }

    @Inject
    ApiTokens tokens;

    @GET
    @Operation(summary = "All tokens, without their secrets")
    public List<ApiTokens.TokenView> list() {
        return tokens.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a token; the secret is in this answer only")
    public Response issue(@NotNull @Valid IssueToken request, @Context SecurityContext security, @Context UriInfo uri) {
        var issued = tokens.issue(request.name(), request.role(), Duration.ofDays(request.validDays()),
                security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(issued.id())).build())
                .entity(issued).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a token at once")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
