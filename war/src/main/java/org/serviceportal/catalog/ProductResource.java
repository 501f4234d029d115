package org.serviceportal.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

/** {@code GET /api/v1/products}: the building blocks, their live status and what they depend on. */
@Path("products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class ProductResource {

    /** A new product: its code and fields. */
    public record NewProduct(@NotNull String code, @NotNull @Valid ProductService.ProductChange product) {
    }

    /** One product as the public contract gives it. */
    public record ProductJson(String code, String name, ProductStatus status, List<String> dependsOn) {
    }

    @Inject
    ProductService products;

    @Inject
    ProductStatusProvider statuses;

    @GET
    @Operation(summary = "The products with their current status and dependencies (product and external service codes)",
            description = "Anonymous reads are answered from a snapshot (status.StatusApi, in front of this resource): "
                    + "open to every origin, ETag with 304 on If-None-Match, Cache-Control public, max-age=15.")
    public List<ProductJson> list(
            @Parameter(description = "nl (default) or en") @QueryParam("lang") String lang) {
        Language language = Language.fromCode(lang).orElse(Language.DEFAULT);
        return products.list().stream()
                .map(p -> new ProductJson(p.code(), p.name(language), statuses.statusOf(p.code()), p.dependsOn()))
                .toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One product with both languages and its version")
    public ProductView get(@PathParam("code") String code) {
        return products.get(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add a product (administrator); code: lower-case letters, digits and dashes")
    public Response create(@NotNull @Valid NewProduct request, @Context UriInfo uri) {
        var created = products.create(request.code(), request.product());
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change a product and its dependencies (administrator); 409 when version is stale")
    public ProductView update(@PathParam("code") String code, @NotNull @Valid ProductService.ProductChange change) {
        return products.update(code, change);
    }
}
