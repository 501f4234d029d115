package org.serviceportal.catalog;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.serviceportal.platform.i18n.Language;
import org.serviceportal.platform.security.Role;

/**
 * {@code /api/v1/external-services}: the services outside the organisation that products depend on
 * (FAS), their live status and their fall-back, which operators switch on and off.
 */
@Path("external-services")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "External services")
public class ExternalServiceResource {

    /** A fall-back message in both languages. */
    public record Message(String nl, String en) {
    }

    /** One external service: its live status (from the outages it causes) and its fall-back. */
    public record ExternalServiceJson(String code, String name, ProductStatus status, boolean fallbackActive,
            Message message, Instant fallbackChangedAt, String fallbackChangedBy, long version) {
    }

    @Inject
    ProductService catalog;

    @Inject
    ProductStatusProvider statuses;

    @GET
    @Operation(summary = "The external services with their status and fall-back (message in both languages)")
    public List<ExternalServiceJson> list(
            @Parameter(description = "language of the names: nl (default) or en") @QueryParam("lang") String lang) {
        Language language = Language.fromCode(lang).orElse(Language.DEFAULT);
        return catalog.externalServices().stream().map(e -> json(e, language)).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One external service with its status and fall-back; 404 when unknown")
    public ExternalServiceJson get(@PathParam("code") String code,
            @Parameter(description = "nl (default) or en") @QueryParam("lang") String lang) {
        return json(catalog.getExternal(code), Language.fromCode(lang).orElse(Language.DEFAULT));
    }

    @PUT
    @Path("{code}/fallback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR_NAME, Role.ADMINISTRATOR_NAME})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Switch the fall-back on or off (operator), optionally with a new message {nl, en}",
            description = "Body {active, message{nl,en}?}. The fall-back can only be on with a message in both "
                    + "languages (the one given, or the one kept). 400 on bad input, 404 for an unknown code. "
                    + "The status page, GET /api/v1/status and the banner show it at once.")
    public ExternalServiceJson switchFallback(@PathParam("code") String code,
            @NotNull @Valid ProductService.FallbackSwitch change) {
        return json(catalog.switchFallback(code, change), Language.DEFAULT);
    }

    private ExternalServiceJson json(ExternalServiceView e, Language language) {
        return new ExternalServiceJson(e.code(), e.name(language), statuses.statusOfExternal(e.code()),
                e.fallbackActive(), new Message(e.fallbackMessageNl(), e.fallbackMessageEn()), e.fallbackChangedAt(),
                e.fallbackChangedBy(), e.version());
    }
}
