package org.serviceportal.catalog;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.serviceportal.platform.i18n.Language;

/** {@code GET /api/v1/products}: the building blocks, their live status and what they depend on. */
@Path("products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class ProductResource {

    /** One product as the public contract gives it. */
    public record ProductJson(String code, String name, ProductStatus status, List<String> dependsOn) {
    }

    @Inject
    ProductService products;

    @Inject
    ProductStatusProvider statuses;

    @GET
    @Operation(summary = "The products with their current status and dependencies (product and external service codes)")
    public List<ProductJson> list(
            @Parameter(description = "nl (default) or en") @QueryParam("lang") String lang) {
        Language language = Language.fromCode(lang).orElse(Language.DEFAULT);
        return products.list().stream()
                .map(p -> new ProductJson(p.code(), p.name(language), statuses.statusOf(p.code()), p.dependsOn()))
                .toList();
    }
}
