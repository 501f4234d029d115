package org.serviceportal.announcement;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.platform.i18n.Language;

/**
 * {@code /api/v1/maintenance.ics}, {@code /api/v1/announcements.atom} and {@code /api/v1/outages.atom}: the
 * feeds, open to anyone.
 */
@Path("")
@Tag(name = "Announcements")
public class FeedResource {

    static final String CALENDAR = "text/calendar;charset=UTF-8";
    static final String ATOM = "application/atom+xml;charset=UTF-8";

    @Inject
    Feeds feeds;

    @Inject
    ProductService products;

    @GET
    @Path("maintenance.ics")
    @Produces(CALENDAR)
    @Operation(summary = "Maintenance from 90 days ago to a year ahead as an iCalendar (RFC 5545): a stable UID per"
            + " window, SEQUENCE bumped on every change, cancelled windows kept with STATUS:CANCELLED")
    @APIResponse(responseCode = "200", description = "The calendar")
    @APIResponse(responseCode = "400", description = "Unknown language")
    @APIResponse(responseCode = "404", description = "Unknown product")
    public Response calendar(@Parameter(description = "A product code; all products when absent") @QueryParam("product") String product,
            @Parameter(description = "nl (default) or en") @QueryParam("lang") String lang) {
        return ok(feeds.calendar(product(product), language(lang)), CALENDAR);
    }

    @GET
    @Path("announcements.atom")
    @Produces(ATOM)
    @Operation(summary = "Status changes (outages started and ended, last 30 days) and maintenance announcements as an"
            + " Atom feed (RFC 4287), newest first")
    @APIResponse(responseCode = "200", description = "The feed")
    @APIResponse(responseCode = "400", description = "Unknown language")
    @APIResponse(responseCode = "404", description = "Unknown product")
    public Response atom(@Parameter(description = "A product code; all products when absent") @QueryParam("product") String product,
            @Parameter(description = "nl (default) or en") @QueryParam("lang") String lang) {
        return ok(feeds.atom(product(product), language(lang)), ATOM);
    }

    @GET
    @Path("outages.atom")
    @Produces(ATOM)
    @Operation(summary = "Outage notices as an Atom feed (RFC 4287): one entry per outage (ongoing, or ended in the last"
            + " 30 days), its id stable, updated when it changes (resolved), with product names, newest first")
    @APIResponse(responseCode = "200", description = "The feed")
    @APIResponse(responseCode = "400", description = "Unknown language")
    @APIResponse(responseCode = "404", description = "Unknown product")
    public Response outages(@Parameter(description = "A product code; all products when absent") @QueryParam("product") String product,
            @Parameter(description = "nl (default) or en") @QueryParam("lang") String lang) {
        return ok(feeds.outagesAtom(product(product), language(lang)), ATOM);
    }

    private String product(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return products.get(code.strip()).code();
    }

    private static Language language(String code) {
        if (code == null || code.isBlank()) {
            return Language.DEFAULT;
        }
        return Language.fromCode(code).orElseThrow(() -> new InvalidInputException("lang", "error.lang"));
    }

    private static Response ok(String body, String type) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(body, type).cacheControl(cache).header("Access-Control-Allow-Origin", "*").build();
    }
}
