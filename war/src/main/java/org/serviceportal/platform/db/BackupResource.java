package org.serviceportal.platform.db;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** {@code /api/v1/backups}: online backups of the embedded database (administrators). */
@Path("backups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMINISTRATOR_NAME)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
public class BackupResource {

    @Inject
    DatabaseBackups backups;

    @GET
    @Operation(summary = "The backups in the data folder, newest first")
    public List<DatabaseBackups.BackupView> list() {
        return backups.list();
    }

    @POST
    @Operation(summary = "Make an online backup of the embedded database now",
            description = "The portal keeps serving while Derby copies a consistent image into "
                    + "<portal.data-dir>/backups/<name>/portal-db. On PostgreSQL: 409, use pg_dump.")
    @APIResponse(responseCode = "201", description = "Made; Location names it")
    @APIResponse(responseCode = "409", description = "Not the embedded database, or a backup is already running")
    public Response create(@Context UriInfo uri) {
        var made = backups.create();
        return Response.created(uri.getAbsolutePathBuilder().path(made.name()).build()).entity(made).build();
    }

    @DELETE
    @Path("{name}")
    @Operation(summary = "Delete a backup from disk")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such backup")
    public Response delete(@PathParam("name") String name) {
        backups.delete(name);
        return Response.noContent().build();
    }
}
