package org.serviceportal.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.serviceportal.platform.security.Role;

/**
 * {@code /api/v1/webhooks}: register, list and delete webhooks, read their delivery log and send a
 * test delivery (administrators).
 */
@Path("webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMINISTRATOR_NAME)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Tag(name = "Webhooks", description = "Signed, retried deliveries of outage and maintenance events to other systems. "
        + "Each delivery is a POST of {id, event, occurredAt, data} (or {text} in the CHAT format) with the headers "
        + "X-Portal-Event, X-Portal-Delivery (the id, the same on every retry: drop repeats) and "
        + "X-Portal-Signature: sha256=<hex HMAC-SHA256 of the exact body, keyed with the secret>.")
public class WebhookResource {

    /** What to register; {@code products} empty or absent: every product; {@code format} JSON unless CHAT. */
    public record RegisterWebhook(
            @NotBlank @Size(max = 2000) String url,
            @NotNull @Size(min = 1, max = 6) List<@NotBlank String> events,
            @Size(max = 100) List<@NotBlank String> products,
            Webhook.Format format) {
    }

    @Inject
    WebhookService webhooks;

    @GET
    @Operation(summary = "The webhooks in use, without their secrets")
    public List<WebhookService.WebhookView> list() {
        return webhooks.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One webhook, without its secret")
    @APIResponse(responseCode = "200", description = "The webhook")
    @APIResponse(responseCode = "404", description = "No such webhook, or deleted")
    public WebhookService.WebhookView get(@PathParam("id") long id) {
        return webhooks.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a webhook; the secret is in this answer only",
            description = "url: an https address whose host resolves to public addresses only (loopback, private and "
                    + "link-local addresses and plain http are refused unless portal.webhooks.allow-private-targets is set). "
                    + "events: one or more of outage.created, outage.updated, outage.resolved, maintenance.scheduled, "
                    + "maintenance.changed, maintenance.cancelled. products: product codes (none: every product). "
                    + "format: JSON (default) or CHAT ({\"text\": \"...\"} in Dutch, for Microsoft Teams and Slack).")
    @APIResponse(responseCode = "201", description = "Registered: {id, secret}; Location names it")
    @APIResponse(responseCode = "400", description = "A refused address, an unknown event or product, or a malformed body")
    public Response register(@NotNull @Valid RegisterWebhook request, @Context UriInfo uri) {
        var registered = webhooks.register(request.url(), request.events(), request.products(), request.format());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(registered.id())).build())
                .entity(registered).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a webhook: nothing more is delivered to it; deliveries not yet made are cancelled")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such webhook, or deleted already")
    public Response delete(@PathParam("id") long id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "The webhook's delivery log, newest first",
            description = "Each delivery: its id (X-Portal-Delivery), event, status (PENDING, DELIVERED, FAILED, CANCELLED), "
                    + "attempts, the last answer's HTTP status and error, and its times.")
    @APIResponse(responseCode = "200", description = "The deliveries")
    @APIResponse(responseCode = "404", description = "No such webhook, or deleted")
    public List<WebhookService.DeliveryView> deliveries(@PathParam("id") long id,
            @Parameter(description = "How many to skip") @QueryParam("first") @DefaultValue("0") int first,
            @Parameter(description = "How many at most (up to 500)") @QueryParam("max") @DefaultValue("100") int max) {
        return webhooks.deliveries(id, first, max);
    }

    @POST
    @Path("{id}/test")
    @Operation(summary = "Send a test delivery (event webhook.test) to the webhook now",
            description = "Queued like any delivery and sent at once; its outcome shows in the delivery log.")
    @APIResponse(responseCode = "202", description = "Queued: the delivery")
    @APIResponse(responseCode = "404", description = "No such webhook, or deleted")
    public Response test(@PathParam("id") long id) {
        return Response.accepted(webhooks.sendTest(id)).build();
    }
}
