package org.serviceportal.setup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.i18n.Language;
import org.serviceportal.platform.security.Role;

/** {@code /api/v1/setup}: the setup checklist, for administrators. */
@Path("setup")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Setup")
public class SetupResource {

    @Inject
    SetupService setup;

    @GET
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "What this install still lacks before it serves the real organisation: [{key, done, message}]"
            + " with keys escalation-contact, support-lines, smtp, base-url, incident-matrix, administrators; messages"
            + " in the language of ?lang= or Accept-Language (nl by default)")
    @APIResponse(responseCode = "200", description = "The checklist")
    @APIResponse(responseCode = "400", description = "Unknown language")
    public List<SetupItem> checklist(@QueryParam("lang") String lang, @HeaderParam("Accept-Language") String acceptLanguage) {
        return setup.checklist(language(lang, acceptLanguage));
    }

    static Language language(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return Language.fromCode(lang).orElseThrow(() -> new InvalidInputException("lang", "error.lang"));
        }
        return acceptLanguage != null && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? Language.EN : Language.DEFAULT;
    }
}
