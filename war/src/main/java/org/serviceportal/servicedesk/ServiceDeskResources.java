package org.serviceportal.servicedesk;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.serviceportal.platform.i18n.Language;
import org.serviceportal.platform.security.Role;

/** The service desk over HTTP: support lines and escalation contacts. */
public final class ServiceDeskResources {

    private ServiceDeskResources() {
    }

    /** {@code /api/v1/support-lines}. */
    @Path("support-lines")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Service desk")
    public static class SupportLineResource {

        /** A support line as the public API gives it, in one language. */
        public record SupportLineJson(long id, int number, String name, String who, String how, List<Channel> channels,
                String phone, String email, boolean freeOfCharge, String opensAt, String closesAt, String openWeekdays,
                Boolean openNow, long version, String hoursCalendar) {
        }

        @Inject
        SupportLineService lines;

        @GET
        @Operation(summary = "The four support lines: who, how to reach them, hours and whether they are open now")
        public List<SupportLineJson> list(@QueryParam("lang") String lang) {
            Language l = Language.fromCode(lang).orElse(Language.DEFAULT);
            return lines.list().stream().map(s -> json(s, l)).toList();
        }

        @PUT
        @Path("{id}")
        @Consumes(MediaType.APPLICATION_JSON)
        @RolesAllowed(Role.ADMINISTRATOR_NAME)
        @SecurityRequirement(name = "basic")
        @SecurityRequirement(name = "bearer")
        @Operation(summary = "Change a support line (administrator); 409 when version is stale")
        public SupportLineJson update(@PathParam("id") long id,
                @NotNull @Valid SupportLineService.SupportLineChange change, @QueryParam("lang") String lang) {
            return json(lines.update(id, change), Language.fromCode(lang).orElse(Language.DEFAULT));
        }

        static SupportLineJson json(SupportLineView s, Language l) {
            return new SupportLineJson(s.id(), s.lineNumber(), l.pick(s.nameNl(), s.nameEn()), l.pick(s.whoNl(), s.whoEn()),
                    l.pick(s.howNl(), s.howEn()), s.channels(), s.phone(), s.email(), s.freeOfCharge(),
                    s.opensAt() == null ? null : s.opensAt().toString(),
                    s.closesAt() == null ? null : s.closesAt().toString(), s.openWeekdays(), s.openNow(), s.version(),
                    s.hoursCalendar());
        }
    }

    /** {@code /api/v1/escalation-contacts}. */
    @Path("escalation-contacts")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Service desk")
    public static class EscalationContactResource {

        /** An escalation contact as the public API gives it. */
        public record ContactJson(long id, String role, String name, String email, String phone, List<String> products,
                long version) {
        }

        @Inject
        EscalationContactService contacts;

        @GET
        @Operation(summary = "Whom to escalate to; products empty means every product")
        public List<ContactJson> list(@QueryParam("lang") String lang) {
            Language l = Language.fromCode(lang).orElse(Language.DEFAULT);
            return contacts.list().stream().map(c -> json(c, l)).toList();
        }

        @GET
        @Path("{id}")
        @Operation(summary = "One escalation contact")
        public ContactJson get(@PathParam("id") long id, @QueryParam("lang") String lang) {
            return json(contacts.get(id), Language.fromCode(lang).orElse(Language.DEFAULT));
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @RolesAllowed({Role.EDITOR_NAME, Role.ADMINISTRATOR_NAME})
        @SecurityRequirement(name = "basic")
        @SecurityRequirement(name = "bearer")
        @Operation(summary = "Add an escalation contact (editor)")
        public Response create(@NotNull @Valid EscalationContactService.ContactChange change, @Context UriInfo uri) {
            var created = contacts.create(change);
            return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                    .entity(json(created, Language.DEFAULT)).build();
        }

        @PUT
        @Path("{id}")
        @Consumes(MediaType.APPLICATION_JSON)
        @RolesAllowed({Role.EDITOR_NAME, Role.ADMINISTRATOR_NAME})
        @SecurityRequirement(name = "basic")
        @SecurityRequirement(name = "bearer")
        @Operation(summary = "Change an escalation contact (editor); 409 when version is stale")
        public ContactJson update(@PathParam("id") long id, @NotNull @Valid EscalationContactService.ContactChange change) {
            return json(contacts.update(id, change), Language.DEFAULT);
        }

        @DELETE
        @Path("{id}")
        @RolesAllowed({Role.EDITOR_NAME, Role.ADMINISTRATOR_NAME})
        @SecurityRequirement(name = "basic")
        @SecurityRequirement(name = "bearer")
        @Operation(summary = "Remove an escalation contact (editor); give the version you saw")
        public Response delete(@PathParam("id") long id, @QueryParam("version") @NotNull Long version) {
            contacts.delete(id, version);
            return Response.noContent().build();
        }

        static ContactJson json(EscalationContactView c, Language l) {
            return new ContactJson(c.id(), l.pick(c.roleNl(), c.roleEn()), c.name(), c.email(), c.phone(), c.products(),
                    c.version());
        }
    }
}
