package org.serviceportal.faq;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.serviceportal.platform.i18n.Language;
import org.serviceportal.platform.security.Role;

/** {@code /api/v1/faq}: the published FAQ, searchable; editors change it. */
@Path("faq")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "FAQ")
public class FaqResource {

    /** An entry as the public API gives it, in one language. */
    public record FaqJson(long id, String category, String categoryName, String question, String answer, int order) {
    }

    /** An entry as editors see it, both languages. */
    public record FaqEditJson(long id, String category, String questionNl, String questionEn, String answerNl,
            String answerEn, int sortOrder, boolean published, long version) {
    }

    @Inject
    FaqService faq;

    @GET
    @Operation(summary = "Published entries in display order; q searches question and answer, ignoring case and accents")
    public List<FaqJson> list(
            @Parameter(description = "nl (default) or en") @QueryParam("lang") String lang,
            @Parameter(description = "search text") @QueryParam("q") @Size(max = 200) String q) {
        Language l = Language.fromCode(lang).orElse(Language.DEFAULT);
        return faq.published(l, q).stream()
                .map(e -> new FaqJson(e.id(), e.categoryCode(), l.pick(e.categoryNl(), e.categoryEn()),
                        l.pick(e.questionNl(), e.questionEn()), l.pick(e.answerNl(), e.answerEn()), e.sortOrder()))
                .toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMINISTRATOR_NAME})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "One entry with both languages and its version (editor)")
    public FaqEditJson get(@PathParam("id") long id) {
        return edit(faq.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMINISTRATOR_NAME})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add an entry (editor)")
    public Response create(@NotNull @Valid FaqService.EntryChange change, @Context UriInfo uri) {
        var created = faq.create(change);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(edit(created)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMINISTRATOR_NAME})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change an entry (editor); 409 when version is stale")
    public FaqEditJson update(@PathParam("id") long id, @NotNull @Valid FaqService.EntryChange change) {
        return edit(faq.update(id, change));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMINISTRATOR_NAME})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Remove an entry (editor); give the version you saw")
    public Response delete(@PathParam("id") long id, @QueryParam("version") @NotNull Long version) {
        faq.delete(id, version);
        return Response.noContent().build();
    }

    private static FaqEditJson edit(FaqEntryView e) {
        return new FaqEditJson(e.id(), e.categoryCode(), e.questionNl(), e.questionEn(), e.answerNl(), e.answerEn(),
                e.sortOrder(), e.published(), e.version());
    }
}
